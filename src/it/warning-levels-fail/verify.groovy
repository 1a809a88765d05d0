// warning-levels-fail: with failOn: warning in the configuration, the one warning fails the build
// (the suggestion alone would not).
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

def findingLines = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines.collect { it.substring(0, it.indexOf(']', it.indexOf(': ') + 1) + 1) } == [
    '[INFO] posts/01_status_typo.md:6:9: suggestion [frontmatter.schema]',
    '[WARNING] posts/09-Bad-Name.md:1:1: warning [filename]',
]
assert lines.contains('[INFO] contentlint: 4 files checked: 0 errors, 1 warning, 1 suggestion')
assert log =~ /contentlint: 0 errors, 1 warning, 1 suggestion \(failOn=warning\); see \S*target[\\\/]contentlint[\\\/]contentlint\.json/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 4, errors: 0, warnings: 1, suggestions: 1]
return true
