// baseline-round-trip: record a baseline, validate the same tree (passes), validate the tree
// after a day's edits (lines inserted above every old finding, one old finding fixed, one new em
// dash): exactly the new finding fails the build, the others are baselined; record again: the
// fixed one drops out and the new one is accepted; validate passes. The five runs share build.log.
import groovy.json.JsonSlurper

// Without the colour resets Maven puts at the start of some lines.
String log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[0-9;]*m/, '')
// One chunk per Maven run, in order.
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
assert runs.size() == 5 : "five Maven runs expected, found ${runs.size()}"
def findingLines = { String run -> run.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\]\s+[^ ]+:\d+:\d+: (error|warning|suggestion) \[/ } }

// 1. contentlint:baseline records every finding of today and passes.
assert runs[0].contains('BUILD SUCCESS')
assert runs[0].contains('[INFO] contentlint: recorded 5 findings in 4 files in the baseline contentlint-baseline.json (5 errors, 0 warnings, 0 suggestions; 5 files checked)')
assert findingLines(runs[0]).isEmpty() : 'the baseline goal does not print findings'

// 2. validate on the same tree: all accepted, nothing printed, the build passes.
assert runs[1].contains('BUILD SUCCESS')
assert findingLines(runs[1]).isEmpty()
assert runs[1].contains('[INFO] contentlint: 5 files checked: 0 new errors, 0 new warnings, 0 new suggestions')
assert runs[1].contains('[INFO] contentlint: 5 findings accepted by the baseline contentlint-baseline.json (not printed; the reports mark them)')

// 3. validate after the edits: exactly one finding is new, and it alone fails the build.
String edited = runs[2]
assert edited.contains('BUILD FAILURE')
assert findingLines(edited) == [
    "[ERROR] posts/01_dashes.md:14:9: error [House.EmDash] Don't use an em dash ('\u2014'); use a comma, a colon or a full stop."]
assert edited.contains('[INFO] contentlint: 5 files checked: 1 new error, 0 new warnings, 0 new suggestions')
assert edited.contains('[INFO] contentlint: 4 findings accepted by the baseline contentlint-baseline.json (not printed; the reports mark them)')
assert edited.contains('[INFO] contentlint: 1 baselined finding no longer occurs (fixed); run mvn contentlint:baseline to drop it from contentlint-baseline.json')
assert edited =~ /contentlint: 1 new error, 0 new warnings, 0 new suggestions \(failOn=error; 4 findings accepted by the baseline contentlint-baseline\.json\); see \S*target[\\\/]contentlint[\\\/]contentlint\.json/
assert !(edited =~ /(?m)^\s+at [a-z]/) : 'no stack trace'

// Its JSON report: every finding, the old ones marked, the summary counting the new one.
File dir = new File(basedir, 'target/contentlint')
def json = new JsonSlurper().parse(new File(dir, 'contentlint.json'), 'UTF-8')
assert json.summary == [files: 5, errors: 1, warnings: 0, suggestions: 0, baselined: 4]
assert json.baseline == [file: 'contentlint-baseline.json', fixed: 1]
assert json.findings.collect { [it.path, it.line, it.column, it.rule, it.baselined ?: false] } == [
    ['posts/01_dashes.md', 12, 27, 'House.EmDash', true],        // was line 8
    ['posts/01_dashes.md', 13, 13, 'House.EmDash', true],        // was line 9
    ['posts/01_dashes.md', 14, 9, 'House.EmDash', false],        // the new one
    ['posts/02_status.md', 4, 9, 'frontmatter.schema', true],    // was line 3
    ['posts/03-Bad-Name.md', 1, 1, 'filename', true],            // a point: no text, still matched
]
json.findings.each { f -> assert f.containsKey('baselined') == (f.baselined == true) : 'only true is written' }

// SARIF: every result says whether it is new; Checkstyle and JUnit judge the new one only.
def sarif = new JsonSlurper().parse(new File(dir, 'contentlint.sarif'), 'UTF-8')
assert sarif.runs[0].results*.baselineState == ['unchanged', 'unchanged', 'new', 'unchanged', 'unchanged']
String checkstyle = new File(dir, 'contentlint-checkstyle.xml').getText('UTF-8')
assert (checkstyle =~ /<error /).count == 1
assert checkstyle.contains('line="14" column="9"')
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(dir, 'contentlint-junit.xml')).documentElement
assert junit.getAttribute('failures') == '1'
def outs = junit.getElementsByTagName('system-out')
assert (0..<outs.length).collect { outs.item(it).textContent }.any {
    it.contains("content-edited/posts/02_status.md:4:9: error [frontmatter.schema]") && it.contains('(baselined)') }
String html = new File(dir, 'contentlint.html').getText('UTF-8')
assert (html =~ /<li class="finding baselined" data-baselined="1"/).count == 4
assert html.contains('<dt>Baselined</dt><dd>4</dd>')

// 4. Recording again: the fixed finding drops out, the new one is in.
assert runs[3].contains('BUILD SUCCESS')
assert runs[3].contains('[INFO] contentlint: recorded 5 findings in 3 files in the baseline contentlint-baseline.json (5 errors, 0 warnings, 0 suggestions; 5 files checked)')
assert runs[3].contains('[INFO] contentlint: since the previous baseline: 1 finding dropped out (fixed), 1 added')
def baseline = new JsonSlurper().parse(new File(basedir, 'contentlint-baseline.json'), 'UTF-8')
assert baseline.format == 'contentlint-baseline'
assert baseline.version == 1
assert baseline.entries.collect { [it.path, it.rule, it.text, it.count] } == [
    ['posts/01_dashes.md', 'House.EmDash', '\u2014', 3],
    ['posts/02_status.md', 'frontmatter.schema', 'drafted', 1],
    ['posts/03-Bad-Name.md', 'filename', '', 1],
]
// One entry a line, for reviews.
String baselineText = new File(basedir, 'contentlint-baseline.json').getText('UTF-8')
assert baselineText.readLines().findAll { it.trim().startsWith('{ "path"') }.size() == 3

// 5. The edited tree now passes.
assert runs[4].contains('BUILD SUCCESS')
assert findingLines(runs[4]).isEmpty()
assert runs[4].contains('[INFO] contentlint: 5 findings accepted by the baseline contentlint-baseline.json (not printed; the reports mark them)')
return true
