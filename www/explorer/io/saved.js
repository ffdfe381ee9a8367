// Where the explorer keeps the reader's scenario in this browser between visits (local storage,
// through shared/storage.js), so nothing a reader builds is lost when the tab closes. The
// stored value is the scenario's JSON text (relief-scenario/1), readable by the command line as
// it is; one that cannot be read is set aside under STORAGE_KEY + ":rescued", never deleted.

/** Where the current scenario is kept. */
export const STORAGE_KEY = "relief-sequencer:scenario:v1";
/** Where the saved scenario goes when a link opened another one and the reader then changed it. */
export const PREVIOUS_KEY = `${STORAGE_KEY}:previous`;
