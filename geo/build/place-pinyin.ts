/**
 * pinyin-pro, read as place names are read. Its dictionary gives 什 as shén (什么), but in
 * place names it is shí: 什邡 Shífāng, and here 什拉门更, 百什户, 什不斜气 (Mongolian
 * names written with 什). Every pinyin the data build makes is of a place name, so the
 * build imports pinyin from here.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

customPinyin({ 什: 'shí' });

export { pinyin };
