import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains('[INFO] Validation passed: 0 error(s), 0 warning(s)')

def report = new JsonSlurper().parse(new File(basedir, 'target/hotfix/validate.json'))
assert report.result == 'passed'
assert report.uncommittedPaths == []
assert !new File(basedir, '${project.basedir}').exists()
