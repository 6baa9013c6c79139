'use strict';

module.exports = require('../compiled-server')('preview');
