# Command line: --help texts, labels and notes the CLI prints.

cli-lang-help = Language of messages and reports: zh (Chinese, the default) or en. Also set by the JIXIAO_LANG environment variable
