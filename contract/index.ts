/** The contract between the UI and the backend: methods, events, shared schemas and errors. */
export * from './errors';
export * from './schemas';
export * from './methods';
export * from './events';
