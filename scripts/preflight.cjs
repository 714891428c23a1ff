/**
 * `node scripts/preflight.cjs [install|run|browser]`: says in one line what a machine lacks,
 * before anything fails with a stack trace.
 *
 * npm puts `node_modules/.bin` first on every script's PATH, so scripts run on the Node.js that
 * `npm install` brings (the `node-<platform>-<arch>` optional dependency) whatever the machine's
 * own Node is. This check runs on whichever Node that is, even one too old for the project,
 * so it is CommonJS in syntax every Node release reads, with no dependencies.
 *
 * - `install` (npm's postinstall): the Node the scripts will run on is new enough, or what to install.
 * - `run` (before start, build, dev, validate, test): the same, without the note on success.
 * - `browser` (before the browser tests): Chromium is where Playwright will look for it.
 */
'use strict';
var fs = require('fs');
var path = require('path');
var childProcess = require('child_process');

var root = path.resolve(__dirname, '..');
var manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
var mode = process.argv[2] || 'run';

function versionOf(text) {
  var match = /(\d+)\.(\d+)\.(\d+)/.exec(text || '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function atLeast(version, minimum) {
  for (var i = 0; i < 3; i++) {
    if (version[i] !== minimum[i]) return version[i] > minimum[i];
  }
  return true;
}

function fail(line) {
  // One line, on stderr, and a non-zero exit: npm then stops the command.
  process.stderr.write('\n' + line + '\n\n');
  process.exit(1);
}

/** The Node that runs npm itself: the machine's own, which npm tells its scripts about. */
function machineNode() {
  var execPath = process.env.npm_node_execpath;
  if (!execPath || execPath === process.execPath) return process.version;
  try {
    return childProcess.execFileSync(execPath, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    return 'unknown';
  }
}

/** The `node-<platform>-<arch>` package this project lists for the running platform, if any. */
function nodePackageForPlatform() {
  var name = 'node-' + (process.platform === 'win32' ? 'win' : process.platform) + '-' + process.arch;
  return manifest.optionalDependencies && manifest.optionalDependencies[name] ? name : undefined;
}

/**
 * The alternatives of package.json's `engines.node`, which scripts/lib/node-requirement.ts keeps
 * in the form `^22.22.3 || ^24.16.0 || >=26.3.0`: each a lowest version, for its major only or open.
 */
function requirement() {
  var range = (manifest.engines && manifest.engines.node) || '';
  return range.split('||').map(function (part) {
    part = part.trim();
    return { caret: part.charAt(0) === '^', minimum: versionOf(part) };
  });
}

function satisfies(version, alternatives) {
  return alternatives.some(function (alternative) {
    if (!alternative.minimum) return false;
    if (alternative.caret && version[0] !== alternative.minimum[0]) return false;
    return atLeast(version, alternative.minimum);
  });
}

/** "22.22.3 or newer in 22.x, 24.16.0 or newer in 24.x, or 26.3.0 or newer". */
function describeRequirement(alternatives) {
  var words = alternatives.map(function (alternative) {
    var version = alternative.minimum ? alternative.minimum.join('.') : '?';
    return alternative.caret ? version + ' or newer in ' + alternative.minimum[0] + '.x' : version + ' or newer';
  });
  if (words.length < 3) return words.join(' or ');
  return words.slice(0, -1).join(', ') + ', or ' + words[words.length - 1];
}

function checkNode() {
  var alternatives = requirement();
  var running = versionOf(process.version);
  if (!running || alternatives.length === 0 || satisfies(running, alternatives)) return;
  var needs = 'This project needs Node.js ' + describeRequirement(alternatives) + ', and this shell runs ' + process.version;
  var install = 'install Node.js 24 (https://nodejs.org/en/download, or `nvm install` in this folder)';
  var bundled = nodePackageForPlatform();
  if (bundled && fs.existsSync(path.join(root, 'node_modules', bundled, 'package.json'))) {
    fail(
      needs +
        ": run the project's commands through npm (`npm start`, `npm test`, `npm run validate`), which use the Node.js that `npm install` put in node_modules.",
    );
  } else if (bundled) {
    fail(needs + ', and the Node.js package `' + bundled + '` is not installed: run `npm install` again (without --omit=optional), or ' + install + '.');
  } else {
    fail(needs + ', and npm has no Node.js package for ' + process.platform + '-' + process.arch + ': ' + install + ', then run `npm install` again.');
  }
}

/**
 * npm leaves out an optional native package (the bundler's, the Astro compiler's) when the
 * Node.js running `npm install` is outside the package's `engines`, and the build then fails
 * with a stack trace. Finds the first such package for this platform that is missing.
 */
function missingNativePackage() {
  var lock;
  try {
    lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  } catch (error) {
    return undefined;
  }
  var packages = lock.packages || {};
  var musl = process.platform === 'linux' && !(process.report && process.report.getReport().header.glibcVersionRuntime);
  var names = Object.keys(packages);
  for (var i = 0; i < names.length; i++) {
    var entry = packages[names[i]];
    if (!entry.optional || !entry.os || !entry.cpu || !entry.engines || !entry.engines.node) continue;
    if ([].concat(entry.os).indexOf(process.platform) < 0 || [].concat(entry.cpu).indexOf(process.arch) < 0) continue;
    if (entry.libc && [].concat(entry.libc).indexOf(musl ? 'musl' : 'glibc') < 0) continue;
    if (!fs.existsSync(path.join(root, names[i], 'package.json'))) return { name: names[i].replace(/^.*node_modules\//, ''), range: entry.engines.node };
  }
  return undefined;
}

function checkNativePackages() {
  var missing = missingNativePackage();
  if (!missing) return;
  var machine = machineNode();
  fail(
    'npm did not install `' +
      missing.name +
      '`, which needs Node.js ' +
      missing.range +
      ' to install (this machine has ' +
      machine +
      '): install Node.js 24 (https://nodejs.org/en/download, or `nvm install` in this folder), then run `npm install` again.',
  );
}

function checkBrowser() {
  var chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return;
  fail(
    'The browser tests need Chromium at ' +
      chromium +
      ': install it (Debian or Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * npm 8 (the npm of Node.js 16) installs the Node.js package but leaves out its `node` link in
 * `node_modules/.bin` on a first install; link it as npm itself does on `npm rebuild`, and run
 * the rest of this check on it.
 */
function linkBundledNode() {
  var bundled = nodePackageForPlatform();
  if (!bundled || process.platform === 'win32') return;
  var target = path.join(root, 'node_modules', bundled, 'bin', 'node');
  var link = path.join(root, 'node_modules', '.bin', 'node');
  if (!fs.existsSync(target) || fs.existsSync(link)) return;
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.join('..', bundled, 'bin', 'node'), link);
  var result = childProcess.spawnSync(link, [__filename].concat(process.argv.slice(2)), { stdio: 'inherit', env: process.env });
  process.exit(result.status === null ? 1 : result.status);
}

if (mode === 'browser') {
  checkBrowser();
} else {
  if (mode === 'install') linkBundledNode();
  checkNode();
  checkNativePackages();
  if (mode === 'install') {
    var machine = machineNode();
    var machineVersion = versionOf(machine);
    if (machineVersion && !satisfies(machineVersion, requirement())) {
      process.stdout.write(
        "The project's scripts run on Node.js " +
          process.version +
          " from node_modules; npm's EBADENGINE warnings above are about this machine's own Node.js " +
          machine +
          ', which they do not use.\n',
      );
    } else if (machine !== process.version) {
      process.stdout.write("The project's scripts run on Node.js " + process.version + ' from node_modules (this machine has ' + machine + ').\n');
    }
  }
}
