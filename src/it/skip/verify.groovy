// skip: -Dcontentlint.skip=true on a broken vault: the goal only says it was skipped.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('--- contentlint-maven-plugin:') : 'the goal did not run at all'
assert log.contains('[INFO] contentlint: skipped (contentlint.skip)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('files checked')
assert !(log =~ /(?m)^\[(ERROR|WARNING|INFO)\] [^ ]+\.md:\d+:\d+: /)
assert !new File(basedir, 'target/contentlint').exists() : 'a skipped run wrote reports'
return true
