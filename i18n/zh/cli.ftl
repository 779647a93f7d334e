# 命令行：--help 说明、标签和提示。

cli-lang-help = 消息和报告的语言：zh（中文，默认）或 en（英文）。也可用环境变量 JIXIAO_LANG 设置
