// Worker-thread entry: worker threads do not inherit tsx's loader, so load it here and then the
// TypeScript worker body. Created by runPages with `new Worker(path.join(__dirname, 'worker.cjs'))`.
'use strict';
require('tsx/cjs');
require('./pageWorker.ts');
