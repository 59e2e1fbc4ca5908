import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def top = new File(basedir, 'target/autonomy')

assert new File(top, 'report.json').isFile() : 'the aggregate report is written at the top-level project'
assert !new File(basedir, 'module-a/target/autonomy').exists() : 'no per-module result in aggregate mode'
assert !new File(basedir, 'module-b/target/autonomy').exists() : 'no per-module result in aggregate mode'
assert log.count('Autonomy scan of nl.example.it:reactor-parent@1.0.0') == 1 : 'the reactor is scanned exactly once'

def bom = new JsonSlurper().parse(new File(top, 'bom.cdx.json'))
assert bom.metadata.component.purl == 'pkg:maven/nl.example.it/reactor-parent@1.0.0?type=pom'
def purls = bom.components.collect { it.purl } as Set
assert purls.contains('pkg:maven/nl.example.it/module-a@1.0.0?type=pom')
assert purls.contains('pkg:maven/nl.example.it/module-b@1.0.0?type=pom')
assert purls.contains('pkg:maven/org.slf4j/slf4j-api@2.0.17') : 'module-a dependency'
assert purls.contains('pkg:maven/org.slf4j/slf4j-simple@2.0.17') : 'module-b test dependency'
true
