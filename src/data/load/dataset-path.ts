/** The bundled dataset, relative to the site's base path. (Its own module: the build reads it too.) */
export const DEFAULT_DATASET_PATH = 'data/dprk-diplomacy.json';
