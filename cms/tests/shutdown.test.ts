import { startCms } from './harness/cms';
import { contentApi, makeSite } from './harness/fixtures';

describe('shutting down', () => {
  it('closes the database only once Strapi’s work that follows a write has finished (a script that exits right after writing)', async () => {
    const cms = await startCms();
    const pool = (cms.strapi.db.connection.client as { pool: { numUsed(): number; numPendingAcquires(): number } }).pool;
    const closeDatabase = cms.strapi.db.destroy.bind(cms.strapi.db);
    let atClose: { used: number; waiting: number } | undefined;
    cms.strapi.db.destroy = async () => {
      atClose = { used: pool.numUsed(), waiting: pool.numPendingAcquires() };
      return closeDatabase();
    };
    // Each create is answered while the Document Service's event transaction is still running.
    const api = contentApi(cms, await cms.apiToken('full-access'));
    for (let i = 0; i < 3; i++) await makeSite(api);
    await cms.close();
    expect(atClose).toEqual({ used: 0, waiting: 0 });
  });
});
