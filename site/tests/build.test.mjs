// @ts-check
// Builds real sites against a real Strapi with the demo data, then reads the files. The fixture
// (site-build/fixture.mjs) is set up once; the tests of each area are in site-build/*.mjs.
import { before, after } from 'node:test';
import { setUp, tearDown } from './site-build/fixture.mjs';
import './site-build/core.mjs';
import './site-build/english.mjs';
import './site-build/register.mjs';
import './site-build/banners.mjs';
import './site-build/redirects.mjs';
import './site-build/links.mjs';
import './site-build/browser.mjs';
import './site-build/search.mjs';
import './site-build/typecheck.mjs';
import './site-build/shares.mjs';
import './site-build/incremental.mjs';
import './site-build/engines.mjs';
import './site-build/security.mjs';
import './site-build/participation.mjs';
import './site-build/sections-schedule.mjs';
import './site-build/sections-statistics.mjs';
import './site-build/sections-projects.mjs';
import './site-build/sections-officials.mjs';
import './site-build/sections-links.mjs';
import './site-build/editors-media.mjs';
import './site-build/editors-preview.mjs';
import './site-build/board-visits.mjs';

before(setUp);
after(tearDown);
