// broken-style: the rule file, its line and the key are named; Maven prints no stack trace.
String log = new File(basedir, 'build.log').getText('UTF-8')
String rule = new File(basedir, 'styles/House/Vague.yml').canonicalPath
def error = log.readLines().find { it.contains('contentlint: invalid configuration:') }
assert error != null : log
assert error.contains(rule + ':5:5: tokens: invalid regex: Unclosed group') : error
assert !log.contains('\tat dev.contentlint') : 'a stack trace was printed'
assert !new File(basedir, 'target/contentlint/contentlint.json').exists() : 'nothing is checked with a broken config'
assert log.contains('BUILD FAILURE')
return true
