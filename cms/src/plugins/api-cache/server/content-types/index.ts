import modelVersion from './model-version/schema.json';

export default { 'model-version': { schema: modelVersion } };
