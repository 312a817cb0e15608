/** The little of upng-js (photopea/UPNG.js, MIT) the build uses: quantised PNG encoding. */
declare module 'upng-js' {
  const UPNG: {
    /** RGBA frames to a PNG; `colours` > 0 quantises to that many (0: lossless). */
    encode(frames: ArrayBuffer[], width: number, height: number, colours: number): ArrayBuffer;
  };
  export default UPNG;
}
