// result-cache-clone: the cache's key names the configuration's files by their paths from the
// configuration's folder, so a clone elsewhere takes its files from a cache carried over; the
// checks across files look again, from the clone, at what lies beyond its tree; the cache file
// may lie outside the build folder (cacheFile), where mvn clean leaves it.
String log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
assert !lines.any { it.contains('is not used') } : lines.findAll { it.contains('is not used') }.join('\n')
def served = lines.findAll { it.contains('unchanged since the last run') }
assert served == [
    '[INFO] contentlint: 3 of 3 files unchanged since the last run, their findings taken from the result cache',
] : served.join('\n')
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
def gone = '[ERROR] a.md:3:63: error [links.broken] gone.md: no file or folder gone.md under the content root'
def dash = '[WARNING] a.md:3:72: warning [House.Dash] No \'—\''
def readme = '[ERROR] a.md:3:38: error [links.broken] ../README.md: no file or folder ../README.md under the content root'
// Run 1 finds README.md beside its content; run 2, from the cache, has the same findings of each
// file, and the link to ../README.md broken, as clone/ has no README.md.
assert findings == [gone, dash, readme, gone, dash] : findings.join('\n')
assert lines.any { it.startsWith('[INFO] contentlint: 3 files, ') && it.endsWith('/clone/content)') }
assert new File(basedir, '.contentlint/cache.bin').isFile()
assert !new File(basedir, 'target/contentlint/contentlint-cache.bin').exists()
assert !new File(basedir, 'target/second/contentlint-cache.bin').exists()
assert new File(basedir, 'target/second/contentlint.json').isFile()
return true
