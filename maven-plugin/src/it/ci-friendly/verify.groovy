import groovy.json.JsonSlurper

// .mvn/maven.config sets revision and changelist; the command line's -Dchangelist= overrides it
def bom = new JsonSlurper().parse(new File(basedir, 'target/autonomy/bom.cdx.json'))
def purls = bom.components.collect { it.purl } as Set
assert purls.contains('pkg:maven/nl.example.it/ci-parent@2.4.0?type=pom')
assert purls.contains('pkg:maven/nl.example.it/tools@2.4.0?type=pom')
assert purls.contains('pkg:maven/nl.example.it/module-a@2.4.0?type=pom')
assert purls.contains('pkg:maven/org.slf4j/slf4j-api@2.0.17')
// tools/ is outside the reactor: built with Maven's user properties, its parent resolves
assert purls.contains('pkg:maven/org.slf4j/slf4j-simple@2.0.17') : 'the out-of-reactor pom was read with the user properties'
def complete = bom.metadata.properties.find { it.name == 'autonomy:complete' }?.value
assert complete == 'true' : 'no problem: tools/pom.xml was read'
true
