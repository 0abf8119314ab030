// Test runner module (extensionTestsPath) for the harness self-test.
'use strict';
const { runMocha } = require('../../mocha-runner.cjs');

exports.run = () => runMocha({ testsRoot: __dirname, timeout: 30000 });
