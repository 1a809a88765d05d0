// all-reports: a failing vault with every format written. Each report holds the same nine
// findings, in the form its readers (GitHub code scanning, Jenkins, reviewdog, GitLab) expect.
import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def xml = { String name -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/contentlint/' + name)).documentElement }
def children = { node, String tag -> def list = node.getElementsByTagName(tag); (0..<list.length).collect { list.item(it) } }

File dir = new File(basedir, 'target/contentlint')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
['contentlint.json', 'contentlint.html', 'contentlint.sarif', 'contentlint-checkstyle.xml',
        'contentlint-junit.xml'].each { assert new File(dir, it).isFile() : "${it} is missing" }
assert log.contains('contentlint: every finding with its source lines: ' + new File(dir, 'contentlint.html').canonicalPath)
assert !log.contains('not available') : 'every format is written'

// [path from the content root, line, column, severity, rule]
def json = new JsonSlurper().parse(new File(dir, 'contentlint.json'), 'UTF-8')
def expected = json.findings.collect { [it.path, it.line, it.column, it.severity, it.rule, it.message] }
assert expected.size() == 9
assert json.summary == [files: 8, errors: 7, warnings: 2, suggestions: 0]

// SARIF 2.1.0: code scanning's shape, paths relative to the project, code-point columns.
def sarif = new JsonSlurper().parse(new File(dir, 'contentlint.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
def sarifRun = sarif.runs[0]
assert sarifRun.tool.driver.name == 'contentlint'
assert sarifRun.columnKind == 'unicodeCodePoints'
def ruleIds = sarifRun.tool.driver.rules*.id
assert ruleIds.containsAll(['House.EmDash', 'House.Hedging', 'House.Length', 'sections.missing', 'frontmatter.syntax'])
assert sarifRun.tool.driver.rules.find { it.id == 'House.EmDash' }.defaultConfiguration.level == 'error'
def sarifSeen = sarifRun.results.collect { r ->
    def loc = r.locations[0].physicalLocation
    assert loc.artifactLocation.uriBaseId == '%SRCROOT%'
    assert ruleIds[r.ruleIndex] == r.ruleId
    [loc.artifactLocation.uri - 'content/', loc.region.startLine, loc.region.startColumn,
     [error: 'error', warning: 'warning', note: 'suggestion'][r.level], r.ruleId, r.message.text]
}
assert sarifSeen == expected

// Checkstyle XML: one <file> per file with findings, as Jenkins Warnings NG and reviewdog read it.
def checkstyle = xml('contentlint-checkstyle.xml')
def checkstyleSeen = []
children(checkstyle, 'file').each { f ->
    children(f, 'error').each { e ->
        checkstyleSeen << [f.getAttribute('name') - 'content/', e.getAttribute('line').toInteger(),
                e.getAttribute('column').toInteger(),
                [error: 'error', warning: 'warning', info: 'suggestion'][e.getAttribute('severity')],
                e.getAttribute('source'), e.getAttribute('message')]
    }
}
assert checkstyleSeen == expected
assert children(checkstyle, 'file').size() == 7

// JUnit XML: a test case per checked file; a failure per file with errors.
def junit = xml('contentlint-junit.xml')
def suite = children(junit, 'testsuite')[0]
assert suite.getAttribute('tests') == '8'
assert suite.getAttribute('failures') == '6'
def cases = children(suite, 'testcase')
assert cases.size() == 8
def testcase = { String name -> cases.find { it.getAttribute('name') == name } }
assert children(testcase('content/posts/00_good.md'), 'failure').isEmpty()
def styled = children(testcase('content/posts/06_style.md'), 'failure')[0]
assert styled.getAttribute('message') == '2 errors'
assert styled.textContent.contains("content/posts/06_style.md:13:49: warning [House.Hedging] Drop 'really'.")
def longPost = testcase('content/posts/07_long.md')
assert children(longPost, 'failure').isEmpty() : 'warnings alone do not fail a test case'
assert children(longPost, 'system-out')[0].textContent.contains('House.Length')

// HTML: every message, escaped.
String html = new File(dir, 'contentlint.html').getText('UTF-8')
expected.each { e -> assert html.contains(e[5].replace('&', '&amp;').replace("'", '&#39;').replace('<', '&lt;')) || html.contains(e[5].replace('&', '&amp;').replace('<', '&lt;')) : e }
// ... and each finding with its source lines, the span marked: the em dash of 06_style.md line 13.
assert html.contains('<mark')
assert html.contains('Both run ') : 'the source line around the finding is shown'
return true
