import argparse

from app.cli import build_parser
from tests.conftest import run_cli


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_subcommand_and_option_has_help_text():
    parser = build_parser()
    commands = _subcommands(parser)
    assert commands, "no subcommands registered"
    listed = {action.dest: action.help for action in parser._subparsers._group_actions[0]._choices_actions}
    for name, sub in commands.items():
        assert listed.get(name), f"`{name}` has no help line in `truyenthanh --help`"
        assert sub.description, f"`{name}` has no description"
        nested = _subcommands(sub)
        for nested_name, nested_parser in nested.items():
            assert nested_parser.description, f"`{name} {nested_name}` has no description"
        for owner in [sub, *nested.values()]:
            for action in owner._actions:
                if action.option_strings and action.dest != "help":
                    assert action.help, f"option {action.option_strings} of `{owner.prog}` has no help"


def test_help_lists_subcommands():
    result = run_cli("--help")
    assert result.returncode == 0
    for name in _subcommands(build_parser()):
        assert name in result.stdout


def test_db_option_picks_another_file(tmp_path):
    custom = tmp_path / "khac" / "dai.db"
    custom.parent.mkdir()
    result = run_cli("--db", str(custom), "info", data_dir=tmp_path / "default")
    assert result.returncode == 0, result.stderr
    assert str(custom) in result.stdout
    assert custom.exists()
    assert not (tmp_path / "default" / "truyenthanh.db").exists()


def test_default_database_is_in_the_data_folder(tmp_path):
    result = run_cli("info", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "truyenthanh.db").exists()
    assert "Bản tin: 7" in result.stdout


def test_usage_error_is_one_line_and_non_zero(tmp_path):
    result = run_cli("khong-co-lenh-nay", data_dir=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "lỗi" in result.stderr


def test_bad_database_is_one_line_and_non_zero(tmp_path):
    bad = tmp_path / "hong.db"
    bad.write_bytes(b"not sqlite at all" * 200)
    result = run_cli("--db", str(bad), "info")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bị hỏng" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_display_says_so_in_one_line(tmp_path):
    result = run_cli(data_dir=tmp_path, env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "xvfb-run" in result.stderr
