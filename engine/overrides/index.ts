// Notes and corrections over the engine's output: text anchors, finding lookup, and the pure
// function that applies corrections. Shared by the renderer (display) and the backend (exports).
export { ANCHOR, anchorAt, reanchor } from './anchor.js';
export type { AnchorMatch, Reanchored, TextAnchor } from './anchor.js';
export { findFinding, pairsOf, placeAnchor } from './locate.js';
export type { FindingKind, FindingRef, Placed, VersionAnchor } from './locate.js';
export { applyCorrections } from './apply.js';
export type { Corrected, Correction, CorrectionKind, CorrectionOutcome } from './apply.js';
export { placeNotes } from './notes.js';
export type { FindingNote, PlacedNote } from './notes.js';
