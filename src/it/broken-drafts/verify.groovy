// broken-drafts: each broken draft is reported once, at its place, in the console and in the
// JSON report, and the build fails at failOn=error.
import groovy.json.JsonSlurper

// [path, line, column, rule, start of the message]
def expected = [
    ['posts/01_status_typo.md', 6, 9, 'frontmatter.schema',
        'status: "drafted" is not one of draft, review, scheduled, published'],
    ['posts/02_bad_date.md', 7, 15, 'frontmatter.schema',
        'last_updated: "22.02.2026" is not a valid date (YYYY-MM-DD'],
    ['posts/03_missing_key.md', 1, 1, 'frontmatter.schema',
        "missing required key 'domain'"],
    ['posts/04_unknown_key.md', 9, 1, 'frontmatter.schema',
        "unknown key 'summary'"],
    ['posts/05_yaml_syntax.md', 3, 27, 'frontmatter.syntax',
        'YAML syntax error: mapping values are not allowed here'],
    ['posts/06_duplicate_key.md', 7, 1, 'frontmatter.syntax',
        "duplicate key 'status' (first at line 6)"],
    ['posts/07_unclosed.md', 1, 1, 'frontmatter.syntax',
        'front matter opened on line 1 is never closed'],
    ['posts/08_no_front_matter.md', 1, 1, 'frontmatter.missing',
        "no front matter: files of type 'linkedin-post'"],
    ['posts/09-Bad-Name.md', 1, 1, 'filename',
        "file name '09-Bad-Name.md' does not match [a-z0-9_]+\\.md"],
    ['posts/10_bad_tag.md', 10, 5, 'frontmatter.schema',
        'tags[1]: "Data Integration" does not match the pattern ^[a-z0-9-]+$'],
    ['posts/11_wide_characters.md', 9, 20, 'frontmatter.schema',
        'topics[1]: 42 is an integer; expected text'],
]

// The fixtures must still be what they claim to be (a checkout may normalise line endings).
assert new File(basedir, 'content/posts/04_unknown_key.md').getText('UTF-8').contains('\r\n') :
        '04_unknown_key.md lost its CRLF line endings'
assert new File(basedir, 'content/posts/11_wide_characters.md').getText('UTF-8').contains('[\uD83D\uDE80 launch, 42]') :
        '11_wide_characters.md lost its emoji'

String log = new File(basedir, 'build.log').getText('UTF-8')

// The console: one [ERROR] line per finding, in the order of the report, and no other finding line.
def findingLines = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines.size() == expected.size() : "finding lines in build.log:\n" + findingLines.join('\n')
expected.eachWithIndex { e, i ->
    String prefix = "[ERROR] ${e[0]}:${e[1]}:${e[2]}: error [${e[3]}] ${e[4]}"
    assert findingLines[i].startsWith(prefix) : "line ${i + 1}: expected\n  ${prefix}\nbut got\n  ${findingLines[i]}"
}
assert log.contains('[INFO] contentlint: 12 files checked: 11 errors, 0 warnings, 0 suggestions')
assert log =~ /contentlint: 11 errors, 0 warnings, 0 suggestions \(failOn=error\); see \S*target[\\\/]contentlint[\\\/]contentlint\.json/
assert log.contains('BUILD FAILURE')

// The JSON report: the same findings, in the same order, with nothing else.
File json = new File(basedir, 'target/contentlint/contentlint.json')
assert json.isFile()
def report = new JsonSlurper().parse(json, 'UTF-8')
assert report.summary == [files: 12, errors: 11, warnings: 0, suggestions: 0]
assert report.findings.size() == expected.size()
expected.eachWithIndex { e, i ->
    def f = report.findings[i]
    assert [f.path, f.line, f.column, f.rule, f.severity] == [e[0], e[1], e[2], e[3], 'error']
    assert f.message.startsWith(e[4])
    assert f.endLine > f.line || (f.endLine == f.line && f.endColumn >= f.column)
}
// Spans of values end just after the value: "drafted" is 7 code points from column 9.
def typo = report.findings[0]
assert [typo.endLine, typo.endColumn] == [6, 16]

File html = new File(basedir, 'target/contentlint/contentlint.html')
assert html.isFile()
assert html.getText('UTF-8').contains('<code>posts/09-Bad-Name.md</code>')

return true
