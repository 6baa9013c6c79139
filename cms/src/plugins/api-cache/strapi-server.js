'use strict';

module.exports = require('../compiled-server')('api-cache');
