// broken-config: an unknown key fails the build with one message that names the file, the line,
// the column and the key, suggests the right key, and carries no stack trace of its own.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert log.contains('BUILD FAILURE')
String failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.contentlint:contentlint-maven-plugin:') }
assert failure != null : 'no failure line from the plugin'
def m = failure =~ /contentlint: invalid configuration: (\S+): (.*) -> \[Help 1\]$/
assert m.find() : failure
String place = m.group(1)
String problem = m.group(2)
assert place.replace('\\', '/').endsWith('/broken-config/contentlint.yaml:5:1') : place
assert problem == "typs: unknown key 'typs' in the top level (did you mean 'types'?); " +
        'known keys: content, include, exclude, stylesPath, failOn, levels, defaults, types, links, maxFileSize'

// Nothing was checked and nothing was written.
assert !log.contains('files checked')
assert !new File(basedir, 'target/contentlint').exists()

// No stack trace: the ITs run without -e, as users do, and the message stands alone.
assert !log.contains('ConfigException')
assert !log.contains('snakeyaml')
assert !log.contains('Caused by:')
assert !log.contains('at dev.contentlint') : 'a stack frame of the plugin in the log'
return true
