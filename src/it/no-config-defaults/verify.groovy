// no-config-defaults: without contentlint.yaml the defaults apply: *.md and *.markdown under
// content/, front matter optional and checked for syntax only, failOn error.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.contains('[INFO] contentlint: no contentlint.yaml, using the defaults')
def findingLines = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines == [
    '[ERROR] broken-yaml.md:2:8: error [frontmatter.syntax] YAML syntax error: found unexpected end of stream' +
        ' (while scanning a quoted scalar that starts on line 2); close the open quote or bracket',
]
assert lines.contains('[INFO] contentlint: 3 files checked: 1 error, 0 warnings, 0 suggestions')
assert log =~ /contentlint: 1 error, 0 warnings, 0 suggestions \(failOn=error\); see \S*contentlint\.json/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 3, errors: 1, warnings: 0, suggestions: 0]
assert report.findings.collect { [it.path, it.line, it.column, it.severity, it.rule] } == [
    ['broken-yaml.md', 2, 8, 'error', 'frontmatter.syntax'],
]
String html = new File(basedir, 'target/contentlint/contentlint.html').getText('UTF-8')
assert html.contains('<code>broken-yaml.md</code>')
// Every checked file is in the files table; only the one with a finding has a section of its own;
// a file that is not Markdown is never read.
assert html.contains('<code>guides/Setup-Guide.markdown</code>') && html.contains('<code>no-front-matter.md</code>')
assert html.count('<section class="file"') == 1
assert !html.contains('notes.txt')
return true
