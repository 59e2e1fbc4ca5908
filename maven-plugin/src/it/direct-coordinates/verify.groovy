import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Autonomy scan of nl.example.it:direct-coordinates@1.0.0')
def bom = new JsonSlurper().parse(new File(basedir, 'target/autonomy/bom.cdx.json'))
assert bom.components.collect { it.purl }.contains('pkg:maven/org.slf4j/slf4j-api@2.0.17')
assert new File(basedir, 'target/autonomy/bom.cdx.xml').isFile()
true
