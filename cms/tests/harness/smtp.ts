import net from 'net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** The credentials the test SMTP server demands; give them to the CMS as SMTP_USER and SMTP_PASSWORD. */
export const SMTP_USER = 'cms-sender';
export const SMTP_PASSWORD = 'smtp-Passw0rd';

/** One message the server accepted: the SMTP envelope and the parsed message. */
export interface Received {
  envelope: { from: string; to: string[] };
  mail: ParsedMail;
}

/** A free port on 127.0.0.1 (the SMTP server is started, stopped and started again on it). */
export const freePort = async (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * A real SMTP server on 127.0.0.1 that demands the CMS's credentials and keeps what it accepts.
 * `rejectRecipient` refuses one address with a permanent error that quotes it, as real servers do.
 */
export const startSmtp = async (port: number, received: Received[], rejectRecipient?: string): Promise<SMTPServer> => {
  const server = new SMTPServer({
    hideSTARTTLS: true, // plain SMTP on loopback; TLS is the transport's business (SMTP_SECURE)
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address === rejectRecipient) {
        const error = new Error(`<${address.address}>: Recipient address rejected: user unknown`) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          const envelope = session.envelope;
          received.push({
            envelope: { from: envelope.mailFrom ? envelope.mailFrom.address : '', to: envelope.rcptTo.map((rcpt) => rcpt.address) },
            mail,
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
};

export const stopSmtp = (server: SMTPServer | undefined): Promise<void> =>
  new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));

/** The addresses of a parsed To, Cc or Reply-To header. */
export const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) => object.value.map((entry) => entry.address ?? ''));
