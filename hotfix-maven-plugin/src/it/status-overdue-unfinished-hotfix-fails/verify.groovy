import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] tag     due ')
assert log.contains('Hotfix obligations are overdue (grace period 2 business days):')
assert log.contains('  - v1.4.3: merged to develop was due ')
assert log.contains('  - v1.4.3: RCA document was due ')
assert !log.contains('v1.4.3: merged to main was due')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/hotfix/status.json'))
assert report.result == 'overdue'
assert report.hotfixes*.tag == ['v1.4.3']
assert report.hotfixes[0].obligations['merged to main'] == 'met'
assert report.hotfixes[0].obligations['merged to develop'] == 'overdue'
