const TestRunner = require('jest-runner').default;

/**
 * Jest's own runner, one test file at a time. Jest's worker count (`maxWorkers`) is global, but
 * each runner may declare itself serial: the integration project uses this one, so that its files
 * never run side by side against the one Neo4j, while the unit project keeps its parallel workers.
 */
class SerialRunner extends TestRunner {
  isSerial = true;
}

module.exports = SerialRunner;
