// big-files: neither a file over maxFileSize (here one of 2.3 GB) nor one whose check runs out of
// memory (40 MB in a 256 MB heap) stops the build: each is a filesize finding on that file, and
// the other files are checked as usual.
String log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def findings = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findings.size() == 3 : findings.join('\n')
assert findings[0].startsWith('[ERROR] big.md:1:1: error [filesize] not checked: checking this 38.1 MB file ran out of memory (Maven\'s heap is at most ') : findings.join('\n')
assert findings[0].endsWith('; give Maven more (-Xmx2g in MAVEN_OPTS or .mvn/jvm.config), or exclude the file') : findings[0]
assert findings[1] == '[ERROR] dump.md:1:1: error [filesize] not checked: the file is 2.3 GB, more than maxFileSize (100 MB); exclude it, or raise maxFileSize in the configuration' : findings[1]
assert findings[2] == '[ERROR] good.md:6:24: error [links.broken] missing.md: no file or folder missing.md under the content root' : findings[2]
assert lines.contains('[INFO] contentlint: 3 files checked: 3 errors, 0 warnings, 0 suggestions') : log
assert log.contains('BUILD SUCCESS')
assert !log.contains('OutOfMemoryError') && !log.contains('\tat ') : 'no stack trace, no raw error'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'))
assert json.findings*.rule == ['filesize', 'filesize', 'links.broken']
// Nothing but the reports and the cache was written, and the content is as it was.
assert new File(basedir, 'content').list().sort() == ['big.md', 'dump.md', 'good.md']
return true
