/**
 * Secrets the CMS cannot run without. Values that appear in Strapi's templates or in this
 * repository's docs are treated as missing, because anyone can read them.
 */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof REQUIRED_SECRETS)[number];

const PUBLIC_DEFAULTS = new Set(['', 'tobemodified', 'toBeModified', 'toBeModified1,toBeModified2', 'changeme', 'secret']);

/** True when a secret is unset or is a value published in a template. */
export const isWeakSecret = (value: string | undefined): boolean =>
  value === undefined || value.split(',').some((part) => PUBLIC_DEFAULTS.has(part.trim()) || part.trim().length < 16);

/**
 * Returns the secret from the environment; in production a missing or template value stops the
 * start with a message naming the variable, instead of booting with a guessable key.
 */
export const requireSecret = (name: SecretName, env: NodeJS.ProcessEnv = process.env): string => {
  const value = env[name];
  if (env.NODE_ENV === 'production' && isWeakSecret(value)) {
    throw new Error(
      `${name} is missing or uses a published default value. Set ${name} to a random value ` +
        `(e.g. \`openssl rand -base64 32\`) before starting with NODE_ENV=production.`
    );
  }
  return value ?? '';
};
