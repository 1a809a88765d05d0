// warning-levels: 'levels' turns filename into a warning (logged as [WARNING]), frontmatter.schema
// into a suggestion (logged as [INFO]) and frontmatter.missing off; with failOn error the build passes.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

def findingLines = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines == [
    '[INFO] posts/01_status_typo.md:6:9: suggestion [frontmatter.schema] status: "drafted" is not one of draft, review, scheduled, published',
    "[WARNING] posts/09-Bad-Name.md:1:1: warning [filename] file name '09-Bad-Name.md' does not match [a-z0-9_]+\\.md, the pattern for files of type 'linkedin-post'; rename the file",
]
// frontmatter.missing is off: nothing about 08_no_front_matter.md.
assert !log.contains('08_no_front_matter.md')
assert lines.contains('[INFO] contentlint: 4 files checked: 0 errors, 1 warning, 1 suggestion')
assert !log.contains('(failOn=')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 4, errors: 0, warnings: 1, suggestions: 1]
assert report.findings.collect { [it.path, it.line, it.column, it.severity, it.rule] } == [
    ['posts/01_status_typo.md', 6, 9, 'suggestion', 'frontmatter.schema'],
    ['posts/09-Bad-Name.md', 1, 1, 'warning', 'filename'],
]
return true
