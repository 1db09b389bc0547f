/**
 * The playground's configuration: what it is (config-model.ts) and how a URL holds it
 * (config-url.ts), importable from one place.
 */
export * from './config-model';
export * from './config-url';
