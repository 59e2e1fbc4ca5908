import groovy.json.JsonSlurper

// Before the fix the aggregate execution in module-a waited for module-b and the parent, which never
// run the plugin: nothing was written, nothing was said, and the build passed without its gate.
def log = new File(basedir, 'build.log').text
def top = new File(basedir, 'target/autonomy')

assert log.count('Autonomy scan of nl.example.it:partial-parent@1.0.0') == 1 : 'the reactor is scanned exactly once'
assert new File(top, 'report.json').isFile() : 'the aggregate report is written at the top-level project'
assert !new File(basedir, 'module-a/target/autonomy').exists() : 'no per-module result in aggregate mode'

def report = new JsonSlurper().parse(new File(top, 'report.json'))
assert report.result?.assessment?.verdict != null : 'the policy was evaluated: the gate ran'
def bom = new JsonSlurper().parse(new File(top, 'bom.cdx.json'))
def purls = bom.components.collect { it.purl } as Set
assert purls.contains('pkg:maven/nl.example.it/module-b@1.0.0?type=pom') : 'the module without the plugin is in the aggregate'
true
