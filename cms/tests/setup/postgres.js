// @ts-check
process.env.CMS_TEST_DB = 'postgres';
