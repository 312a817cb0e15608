/** The framed map's own components, one chunk loaded only when the link says `embed=1`. */
export { default as EmbedBar } from './EmbedBar.svelte';
export { default as EmbedCard } from './EmbedCard.svelte';
