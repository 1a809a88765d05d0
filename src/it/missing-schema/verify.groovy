// missing-schema: a schema file that does not exist fails the build at the 'schema' value, naming
// the file that was looked for.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert log.contains('BUILD FAILURE')
String failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.contentlint:contentlint-maven-plugin:') }
assert failure != null : 'no failure line from the plugin'
def m = failure =~ /contentlint: invalid configuration: (\S+): (types\.linkedin-post\.frontMatter\.schema): schema file not found: (\S+) \(paths are relative to the configuration file's folder\) -> \[Help 1\]$/
assert m.find() : failure
assert m.group(1).replace('\\', '/').endsWith('/missing-schema/contentlint.yaml:10:15') : m.group(1)
assert m.group(3).replace('\\', '/').endsWith('/missing-schema/schemas/linkedin-post.schema.yml') : m.group(3)

assert !log.contains('files checked')
assert !new File(basedir, 'target/contentlint').exists()
assert !lines.any { it.startsWith('Caused by:') && !it.startsWith('Caused by: org.apache.maven.plugin.MojoExecutionException: contentlint: invalid configuration: ') }
return true
