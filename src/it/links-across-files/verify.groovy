// links-across-files: every good link of each kind (posts/good.md) stays quiet; each broken one
// gives exactly one finding, at the target as written; references and unique names name both
// places.
import groovy.json.JsonSlurper

// [path, line, column, severity, rule, message]
def expected = [
    ['posts/broken.md', 3, 9, 'error', 'references',
        "author: '[[chart.png]]' (line 3) names posts/img/chart.png, a file that is not checked; it must name a file of type 'person'"],
    ['posts/broken.md', 4, 21, 'error', 'links.broken',
        "related_concepts: [[carter_personality_v02]]: no note or file 'carter_personality_v02' under the content root (did you mean 'carter_personality_v01'?)"],
    ['posts/broken.md', 8, 7, 'error', 'links.broken', "[[nobody]]: no note or file 'nobody' under the content root"],
    ['posts/broken.md', 8, 19, 'error', 'links.broken', "[[jane#Later years]]: no heading 'Later years' in people/jane.md"],
    ['posts/broken.md', 8, 41, 'warning', 'links.ambiguous',
        "[[notes]]: 2 files have that name (a/notes.md, b/notes.md); Obsidian opens a/notes.md. Write the folder too, as [[a/notes]], to say which"],
    ['posts/broken.md', 10, 18, 'error', 'links.broken', "gone.md: no file or folder posts/gone.md under the content root (did you mean 'good.md'?)"],
    ['posts/broken.md', 10, 37, 'error', 'links.broken', "../people/jane.md#later-years: no heading or anchor #later-years in people/jane.md"],
    ['posts/broken.md', 10, 76, 'error', 'links.broken', "image img/none.png: no file or folder posts/img/none.png under the content root"],
    ['posts/broken.md', 10, 98, 'error', 'links.broken',
        "../people/Jane.md: the file is people/jane.md; the case differs, which breaks on Linux and on GitHub"],
    ['posts/broken.md', 10, 118, 'error', 'links.broken', "[nodef]: no definition [nodef]: ... in this file; define it or write the link inline"],
    ['posts/good.md', 2, 7, 'error', 'unique',
        "name 'good' is not unique among files of type 'post': posts/good.md:2:7 and posts/same_name.md:2:7 hold it; give each its own"],
    ['posts/same_name.md', 2, 7, 'error', 'unique',
        "name 'Good' is not unique among files of type 'post': posts/same_name.md:2:7 and posts/good.md:2:7 hold it; give each its own"],
]

String log = new File(basedir, 'build.log').getText('UTF-8')
def findingLines = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findingLines.size() == expected.size() : "finding lines in build.log:\n" + findingLines.join('\n')
expected.eachWithIndex { e, i ->
    String level = e[3] == 'error' ? 'ERROR' : 'WARNING'
    String line = "[${level}] ${e[0]}:${e[1]}:${e[2]}: ${e[3]} [${e[4]}] ${e[5]}"
    assert findingLines[i] == line : "line ${i + 1}: expected\n  ${line}\nbut got\n  ${findingLines[i]}"
}
// 7 checked files: the template is excluded, yet its heading answers a link's #anchor.
assert log.contains('[INFO] contentlint: 7 files checked: 11 errors, 1 warning, 0 suggestions')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 7, errors: 11, warnings: 1, suggestions: 0]
assert report.findings.collect { [it.path, it.line, it.column, it.severity, it.rule, it.message] } == expected
// A finding spans the target as written: '[[nobody]]' is 10 characters.
assert report.findings[2].endColumn == 17
return true
