// The live room engine the workshop page loads when a live room is opened: Yjs and the
// Hocuspocus client, from this package's pinned versions (the same Yjs the room server runs).
// `cargo xtask build` bundles this file into www/pkg/live-engine.js. It must never hold any of
// the page's own logic: the page imports what it needs from here and does the rest itself.

export * as Y from "yjs";
export { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from "@hocuspocus/provider";
