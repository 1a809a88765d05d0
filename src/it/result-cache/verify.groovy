// result-cache: a warm run reports what the cold one did from the cache; a change to one file is
// seen in the unchanged files that link to it; a damaged cache is ignored, never trusted; the
// configuration's warnings are logged on every run.
String log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
def gone = '[ERROR] a.md:3:35: error [links.broken] gone.md: no file or folder gone.md under the content root'
def renamed = '[ERROR] a.md:3:9: error [links.broken] b.md#part-two: no heading or anchor #part-two in b.md'
assert findings == [gone, gone, renamed, gone, gone] : findings.join('\n')
def served = lines.findAll { it.contains('unchanged since the last run') }
assert served == [
    '[INFO] contentlint: 3 of 3 files unchanged since the last run, their findings taken from the result cache',
    '[INFO] contentlint: 2 of 3 files unchanged since the last run, their findings taken from the result cache',
] : served.join('\n')
assert lines.any { it.startsWith('[INFO] contentlint: the result cache ') && it.contains('junk-out')
        && it.endsWith('is not used (it is not a contentlint result cache); every file is checked and the cache is written anew') }
assert new File(basedir, 'target/contentlint/contentlint-cache.bin').isFile()
// The style's warning is logged on every run, also where the configuration was not compiled
// because the cache was written under the very same files (runs 2 and 3).
def warned = lines.findAll { it.startsWith('[WARNING] contentlint: ') && it.contains("unknown key 'tokenz' is ignored") }
assert warned.size() == 4 : warned.join('\n')
assert log.contains('BUILD FAILURE')
return true
