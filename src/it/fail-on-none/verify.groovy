// fail-on-none: -Dcontentlint.failOn=none beats the configuration's failOn: error; the errors
// are still printed and written, and the build passes.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
def findingLines = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines == [
    '[ERROR] posts/01_status_typo.md:6:9: error [frontmatter.schema] status: "drafted" is not one of draft, review, scheduled, published',
    "[ERROR] posts/08_no_front_matter.md:1:1: error [frontmatter.missing] no front matter: files of type 'linkedin-post' start with a YAML block between two lines '---'",
]
assert log.contains('[INFO] contentlint: 3 files checked: 2 errors, 0 warnings, 0 suggestions')
assert !log.contains('(failOn=')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 3, errors: 2, warnings: 0, suggestions: 0]
assert report.findings.collect { [it.path, it.line, it.column, it.severity, it.rule] } == [
    ['posts/01_status_typo.md', 6, 9, 'error', 'frontmatter.schema'],
    ['posts/08_no_front_matter.md', 1, 1, 'error', 'frontmatter.missing'],
]
assert new File(basedir, 'target/contentlint/contentlint.html').isFile()
return true
