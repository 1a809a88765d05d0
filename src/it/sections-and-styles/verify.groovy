// sections-and-styles: each broken draft gives exactly its one section finding, and the House
// style reports only inside the sections it is applied to (never the title, the table, the
// notes, code or a suppressed line).
import groovy.json.JsonSlurper

// [path, line, column, severity, rule, message]
def expected = [
    ['posts/01_missing_notes.md', 13, 69, 'error', 'sections.missing',
        "no section 'NOTES' (level 2), which type 'post' requires; add a '## NOTES' section after 'FULL POST (using Hook A)' (line 11)"],
    ['posts/02_order.md', 12, 1, 'error', 'sections.order',
        "section 'HOOK A (Recommended)' is out of order: type 'post' lists 'HOOK A*' before /^FULL POST\\b/; move it before 'FULL POST (using Hook A)' (line 8)"],
    ['posts/03_empty_hook.md', 8, 1, 'error', 'sections.empty',
        "section 'HOOK A (Recommended)' is empty; write its content under the heading"],
    ['posts/04_level.md', 3, 1, 'error', 'sections.level',
        "'IDEA LEGOS' is a level-3 heading (###); make it level 2 (##)"],
    ['posts/05_table.md', 3, 1, 'error', 'sections.table',
        "the table at line 4 in section 'IDEA LEGOS' lacks the column 'Choice' (found instead: 'Pick'); give it the columns 'Lego', 'Choice', in that order"],
    ['posts/06_style.md', 13, 47, 'error', 'House.EmDash', "Don't use an em dash ('—') in the post."],
    ['posts/06_style.md', 13, 49, 'warning', 'House.Hedging', "Drop 'really'."],
    ['posts/06_style.md', 13, 56, 'error', 'House.EmDash', "Don't use an em dash ('—') in the post."],
    ['posts/07_long.md', 11, 1, 'warning', 'House.Length', 'The section has 45 words; keep it to 40 or fewer.'],
]

String log = new File(basedir, 'build.log').getText('UTF-8')
def findingLines = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines.size() == expected.size() : "finding lines in build.log:\n" + findingLines.join('\n')
expected.eachWithIndex { e, i ->
    String level = e[3] == 'error' ? 'ERROR' : 'WARNING'
    String line = "[${level}] ${e[0]}:${e[1]}:${e[2]}: ${e[3]} [${e[4]}] ${e[5]}"
    assert findingLines[i] == line : "line ${i + 1}: expected\n  ${line}\nbut got\n  ${findingLines[i]}"
}
assert log.contains('[INFO] contentlint: 8 files checked: 7 errors, 2 warnings, 0 suggestions')
assert log.contains('BUILD FAILURE')
// A rule of an extension point that is not applied yet is loaded with a warning, never silently.
String spelling = new File(basedir, 'styles/House/Spelling.yml').canonicalPath
assert log.contains("[WARNING] contentlint: ${spelling}:1:10: House.Spelling: extends: the 'spelling'"
        + " extension point is not applied yet; the rule is skipped")

def report = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 8, errors: 7, warnings: 2, suggestions: 0]
assert report.findings.collect { [it.path, it.line, it.column, it.severity, it.rule, it.message] } == expected
// A style finding spans exactly the matched text: one em dash, the word 'really'.
assert report.findings[5].endColumn == 48
assert report.findings[6].endColumn == 55
return true
