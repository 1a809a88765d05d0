// clean-vault: a valid vault (LF, CRLF and BOM drafts, an untyped note, the note a draft links to)
// passes without findings.
import groovy.json.JsonSlurper

File post(String name) { new File(basedir, 'content/posts/' + name) }

// The fixtures must still be what they claim to be (a checkout may normalise line endings).
byte[] crlf = post('11_written_on_windows.md').bytes
assert new String(crlf, 'UTF-8').contains('\r\n') : 'fixture lost its CRLF line endings'
byte[] bom = post('12_saved_with_bom.md').bytes
assert bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF : 'fixture lost its BOM'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] contentlint: 5 files checked: 0 errors, 0 warnings, 0 suggestions')
assert log.contains('BUILD SUCCESS')
// No finding line of any severity.
assert !(log =~ /(?m)^\[(ERROR|WARNING|INFO)\] [^ ]+\.md:\d+:\d+: /)

File json = new File(basedir, 'target/contentlint/contentlint.json')
assert json.isFile()
def report = new JsonSlurper().parse(json, 'UTF-8')
assert report.summary == [files: 5, errors: 0, warnings: 0, suggestions: 0]
assert report.findings == []

File html = new File(basedir, 'target/contentlint/contentlint.html')
assert html.isFile()
String page = html.getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('No findings.')
assert page.contains('<dt>Files</dt><dd>5</dd>')
assert page.contains('<dt>Errors</dt><dd>0</dd>')

return true
