import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Autonomy scan of nl.example.it:offline-prefix@1.0.0')
assert !log.contains('Downloading from') : 'offline: nothing is downloaded'
def report = new JsonSlurper().parse(new File(basedir, 'target/autonomy/report.json'))
def refs = report.result.inventory.components.collect { it.ref } as Set
assert refs.contains('pkg:maven/org.slf4j/slf4j-api@2.0.17')
true
