module "gitlab.gemeente.nl/platform/meld-en-volg/v2"

go 1.23.0

require github.com/BurntSushi/toml v1.3.2 // indirect; used by config loader
require gopkg.in/yaml.v3 v3.0.1
