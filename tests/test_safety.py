"""Nothing lost, nothing mixed up: upgrades, queued writers, article identity, first use, full
disks, leftovers and one-line errors. Real indexes, real processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from index.schema import ARTICLE
from index.store import lock_path, update_index

from .helpers import paragraphs, sitat, sitat_popen, sitat_process, snapshot, write_corpus

ROOT = Path(__file__).resolve().parent.parent


def owners(index_dir: Path) -> set[str]:
    return {owner for kind, owner, *_ in snapshot(index_dir) if kind == ARTICLE}


def records(index_dir: Path) -> dict[str, dict]:
    ix = whoosh_index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        return {d["owner"]: d for d in searcher.documents(kind=ARTICLE)}


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- 1. an index of another version, or one that cannot be opened -----------------------------


def test_version_change_rebuilds_from_the_recorded_folders(tmp_path):
    write_corpus(tmp_path / "saker", 8)
    index_dir = tmp_path / "ix"
    assert sitat("--index", str(index_dir), "index", str(tmp_path / "saker")).returncode == 0
    before = paragraphs(index_dir)
    (index_dir / "sitat-version").write_text("5\n")
    result = sitat("--index", str(index_dir), "index")
    assert result.returncode == 0, result.stderr
    assert "Rebuilt the whole index (another sitat version)" in result.stderr
    assert paragraphs(index_dir) == before
    assert len(owners(index_dir)) == 8


def test_version_change_with_a_new_path_keeps_the_old_ones(tmp_path):
    write_corpus(tmp_path / "saker", 4)
    write_corpus(tmp_path / "nye", 2, start=100)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [tmp_path / "saker"])
    (index_dir / "sitat-version").write_text("5\n")
    report = update_index(index_dir, [tmp_path / "nye"])
    assert report.rebuilt == "another sitat version"
    assert len(owners(index_dir)) == 6


def index_of_an_older_sitat(tmp_path: Path) -> Path:
    """An index of five articles as a sitat before the roots record would have left it."""
    write_corpus(tmp_path / "saker", 5)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [tmp_path / "saker"])
    (index_dir / "sitat-roots.json").unlink()
    (index_dir / "sitat-version").write_text("6\n")
    return index_dir


def test_an_old_index_without_a_roots_record_is_rebuilt_from_its_article_records(tmp_path):
    index_dir = index_of_an_older_sitat(tmp_path)
    update_index(index_dir, [])
    assert len(owners(index_dir)) == 5


def test_an_unreadable_old_index_is_refused_and_left_as_it_was(tmp_path):
    index_dir = index_of_an_older_sitat(tmp_path)
    for toc in index_dir.glob("*.toc"):
        toc.write_bytes(os.urandom(200))
    before = {p.name: p.read_bytes() for p in index_dir.iterdir()}
    line = one_line_error(sitat("--index", str(index_dir), "index"))
    assert "sitat index --full PATH" in line
    assert {p.name: p.read_bytes() for p in index_dir.iterdir()} == before


def test_a_damaged_index_is_an_error_not_a_rebuild_from_less(tmp_path):
    write_corpus(tmp_path / "saker", 5)
    write_corpus(tmp_path / "andre", 1, start=50)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [tmp_path / "saker"])
    for seg in index_dir.glob("*.seg"):
        seg.write_bytes(seg.read_bytes()[:100])
    before = {p.name: p.read_bytes() for p in index_dir.iterdir()}
    line = one_line_error(sitat("--index", str(index_dir), "index", str(tmp_path / "andre")))
    assert "damaged" in line and "sitat index --full" in line
    assert {p.name: p.read_bytes() for p in index_dir.iterdir()} == before
    # --full with no path rebuilds from every folder the index was built from, plus nothing less
    result = sitat("--index", str(index_dir), "index", "--full")
    assert result.returncode == 0, result.stderr
    assert len(owners(index_dir)) == 5


# --- 2. writers queued on one index ------------------------------------------------------------


@pytest.mark.parametrize("fresh", [False, True], ids=["existing", "fresh"])
def test_queued_writers_index_each_article_once(tmp_path, fresh):
    write_corpus(tmp_path / "saker", 6)
    write_corpus(tmp_path / "nye", 4, start=100)
    index_dir = tmp_path / "ix"
    if not fresh:
        update_index(index_dir, [tmp_path / "saker"])
    writers = [
        sitat_popen(
            "--index",
            str(index_dir),
            "index",
            "--wait",
            "300",
            str(tmp_path / "nye"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (_out, err) in zip(writers, outputs):
        assert writer.returncode == 0, err
        assert "Traceback" not in err
    assert sorted(out.split(",")[0] for out, _ in outputs) == [
        "0 added",
        "0 added",
        "0 added",
        "4 added",
    ]
    update_index(
        tmp_path / "fresh", [tmp_path / "nye"] if fresh else [tmp_path / "saker", tmp_path / "nye"]
    )
    assert paragraphs(index_dir) == paragraphs(tmp_path / "fresh")


# --- 3 and 4. article identity -----------------------------------------------------------------


def test_the_same_relative_path_under_two_folders_is_two_articles(tmp_path):
    for outlet in ("nrk", "vg"):
        write_corpus(tmp_path / outlet / "2016", 1)
    index_dir = tmp_path / "ix"
    first = update_index(index_dir, [tmp_path / "nrk", tmp_path / "vg"])
    assert first.added == 2
    assert owners(index_dir) == {"nrk/2016/sak-0000", "vg/2016/sak-0000"}
    again = update_index(index_dir, [tmp_path / "nrk", tmp_path / "vg"])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 2)
    alone = update_index(index_dir, [tmp_path / "vg"])
    assert (alone.removed, alone.unchanged) == (0, 1)
    assert owners(index_dir) == {"nrk/2016/sak-0000", "vg/2016/sak-0000"}


def test_two_folders_with_one_name_get_ids_that_stay(tmp_path):
    write_corpus(tmp_path / "a" / "nrk", 1)
    write_corpus(tmp_path / "b" / "nrk", 1)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [tmp_path / "a" / "nrk"])
    update_index(index_dir, [tmp_path / "b" / "nrk"])
    assert owners(index_dir) == {"nrk/sak-0000", "b/nrk/sak-0000"}
    report = update_index(index_dir, [])  # rescan both, in the other order
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 2)
    assert owners(index_dir) == {"nrk/sak-0000", "b/nrk/sak-0000"}


def test_one_file_reached_three_ways_is_one_article(tmp_path):
    [path] = write_corpus(tmp_path / "saker" / "2016", 1)
    (tmp_path / "lenke").symlink_to(tmp_path / "saker")
    index_dir = tmp_path / "ix"
    update_index(index_dir, [tmp_path / "saker", tmp_path / "lenke", path])
    update_index(index_dir, [tmp_path / "saker" / "2016"])  # a folder inside an indexed one
    result = sitat(
        "--index", str(index_dir), "index", os.path.relpath(path, tmp_path), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert owners(index_dir) == {"saker/2016/sak-0000"}
    assert len(paragraphs(index_dir)) == len(paragraphs(index_dir)) == 4


def test_a_clash_that_cannot_be_resolved_is_one_line_naming_both_files(tmp_path):
    """With the record of folder names gone, a second folder called nrk would take the first
    one's ids: that is refused, naming both files, and nothing is changed."""
    write_corpus(tmp_path / "a" / "nrk", 1)
    write_corpus(tmp_path / "b" / "nrk", 1)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [tmp_path / "a" / "nrk"])
    (index_dir / "sitat-roots.json").unlink()
    before = snapshot(index_dir)
    line = one_line_error(sitat("--index", str(index_dir), "index", str(tmp_path / "b" / "nrk")))
    assert str(tmp_path / "a" / "nrk" / "sak-0000.txt") in line
    assert str(tmp_path / "b" / "nrk" / "sak-0000.txt") in line
    assert snapshot(index_dir) == before


def test_single_files_are_recorded_by_absolute_path(tmp_path):
    here, there = tmp_path / "her", tmp_path / "der"
    write_corpus(here, 1)
    there.mkdir()
    (there / "sak-0000.txt").write_text("Helt urelatert sak om fotball.\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    assert sitat("--index", str(index_dir), "index", "sak-0000.txt", cwd=here).returncode == 0
    assert [r["path"] for r in records(index_dir).values()] == [str(here / "sak-0000.txt")]
    result = sitat("--index", str(index_dir), "index", cwd=there)  # rescan from elsewhere
    assert result.returncode == 0 and result.stdout.startswith("0 added, 0 updated, 0 removed, 1")
    assert not [p for p in paragraphs(index_dir) if "fotball" in p[3]]


# --- 5. --full ---------------------------------------------------------------------------------


def test_full_keeps_what_was_indexed_for_a_file_it_now_skips_and_counts_removals(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 4)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [corpus])
    kept = [p for p in paragraphs(index_dir) if p[1] == "saker/sak-0001"]
    (corpus / "sak-0001.txt").write_bytes(b"\x00\x01 not text any more")
    (corpus / "sak-0002.txt").unlink()
    report = update_index(index_dir, [corpus], full=True)
    assert (report.added, report.updated, report.removed) == (0, 2, 1)
    assert [line for line in report.skipped if "sak-0001" in line and "stays" in line]
    assert [p for p in paragraphs(index_dir) if p[1] == "saker/sak-0001"] == kept
    assert "saker/sak-0002" not in owners(index_dir)


# --- 6. first use of the per-user index --------------------------------------------------------


def user_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SITAT_INDEX"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def first_search(env: dict[str, str]) -> subprocess.Popen:
    return sitat_popen(
        "search",
        "Putin",
        "--limit",
        "1",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_three_first_searches_at_once_all_answer(tmp_path):
    env = user_env(tmp_path)
    searches = [first_search(env) for _ in range(3)]
    for search in searches:
        out, err = search.communicate(timeout=120)
        assert search.returncode == 0, err
        assert "Putin" in out


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_a_first_search_killed_while_building_leaves_a_working_index(tmp_path, sig):
    first_search_killed(tmp_path, sig, delays=(0.6,))


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_a_first_search_killed_at_any_moment_leaves_a_working_index(tmp_path, sig):
    first_search_killed(tmp_path, sig, delays=(0.1, 0.3, 0.45, 0.6, 0.75, 0.9, 1.2))


def first_search_killed(tmp_path: Path, sig: int, delays: tuple[float, ...]) -> None:
    """A first search killed ``delay`` seconds after it started (start-up, building the
    packaged article's index, committing it): the next first search answers."""
    env = user_env(tmp_path)
    for delay in delays:
        search = first_search(env)
        time.sleep(delay)
        search.send_signal(sig)
        search.communicate(timeout=60)
        after = first_search(env)
        out, err = after.communicate(timeout=120)
        assert after.returncode == 0, (delay, err)
        assert "Putin" in out
        shutil.rmtree(tmp_path / "data")


def test_an_empty_default_index_repairs_itself(tmp_path):
    from index.schema import SCHEMA_VERSION, build_schema

    index_dir = tmp_path / "data" / "sitat" / "index"
    index_dir.mkdir(parents=True)
    whoosh_index.create_in(str(index_dir), build_schema())
    (index_dir / "sitat-version").write_text(f"{SCHEMA_VERSION}\n")
    out, err = first_search(user_env(tmp_path)).communicate(timeout=120)
    assert "Putin" in out, err


# --- 7. a full disk ----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 512 KB file system of its own (tmpfs), so a disk really fills up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"needs root to mount a small tmpfs: {made.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_disk_is_one_line_and_leaves_the_index_and_the_disk_as_they_were(
    tmp_path, small_disk
):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 5)
    index_dir = small_disk / "ix"
    assert sitat("--index", str(index_dir), "index", str(corpus)).returncode == 0
    before, listing = paragraphs(index_dir), files_in(small_disk)
    free = shutil.disk_usage(small_disk).free
    big = tmp_path / "store"
    big.mkdir()
    for i in range(5):  # 5 articles of 60 KB: more index than the disk has room for
        (big / f"lang-{i}.txt").write_text(
            "\n\n".join(
                " ".join(
                    f"Vegen nummer{i}x{j}y{k} ble stengt i går etter flom og ras{j}y{k}."
                    for k in range(20)
                )
                for j in range(50)
            ),
            encoding="utf-8",
        )
    line = one_line_error(sitat_process("--index", str(index_dir), "index", str(big)))
    assert "disk is full" in line and "needs about" in line and "MB free" in line
    assert paragraphs(index_dir) == before
    assert files_in(small_disk) == listing
    assert shutil.disk_usage(small_disk).free == free
    assert sitat("--index", str(index_dir), "search", "sykehjem").returncode == 0


# --- 8. leftovers ------------------------------------------------------------------------------


def test_a_killed_rebuild_leaves_nothing_the_next_run_does_not_remove(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 100)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [corpus])
    (index_dir / "sitat-version").write_text("5\n")
    rebuild = sitat_popen("--index", str(index_dir), "index", cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".ix.building-*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    rebuild.kill()
    rebuild.wait()
    assert list(tmp_path.glob(".ix.building-*")), "the kill came too late to test anything"
    assert sitat("--index", str(index_dir), "index").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ix.lock", "ix", "saker"]


def test_a_first_build_survives_its_lock_file_being_deleted(tmp_path):
    """Someone deletes the lock file while a first build runs, and a second writer takes a
    lock of its own: it must not remove the first one's build folder as a leftover."""
    corpus, other = tmp_path / "saker", tmp_path / "andre"
    write_corpus(corpus, 100)
    write_corpus(other, 2)
    index_dir = tmp_path / "ix"
    first = sitat_popen(
        "--index",
        str(index_dir),
        "index",
        str(corpus),
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".ix.building-*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    (tmp_path / ".ix.lock").unlink()
    second = sitat("--index", str(index_dir), "index", str(other))
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert "Traceback" not in err + second.stderr
    assert second.returncode == 0, second.stderr
    assert sitat("--index", str(index_dir), "search", "sykehjem").returncode == 0
    assert owners(index_dir)  # a working index, whichever build was swapped in last


def test_a_run_that_changes_nothing_leaves_no_files(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 3)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [corpus])
    listing = files_in(tmp_path)
    assert sitat("--index", str(index_dir), "index").returncode == 0
    assert files_in(tmp_path) == listing


def test_a_killed_update_leaves_nothing_after_the_next_run(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 60)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [corpus])
    listing = files_in(index_dir)
    for path in sorted(corpus.glob("*.txt"))[::2]:
        path.write_text(path.read_text(encoding="utf-8") + "\nEn ny linje.\n", encoding="utf-8")
    update = sitat_popen("--index", str(index_dir), "index", cwd=ROOT)
    while not (index_dir / "MAIN.tmp").exists() and update.poll() is None:
        time.sleep(0.005)
    update.kill()
    update.wait()
    for path in sorted(corpus.glob("*.txt"))[::2]:
        path.write_text(
            path.read_text(encoding="utf-8").replace("\nEn ny linje.\n", ""), encoding="utf-8"
        )
    assert sitat("--index", str(index_dir), "index").returncode == 0
    assert [n for n in files_in(index_dir) if not n.endswith((".seg", ".toc"))] == [
        n for n in listing if not n.endswith((".seg", ".toc"))
    ]


# --- 9. one line, never a traceback ------------------------------------------------------------


def test_impossible_index_locations_are_one_line(tmp_path):
    write_corpus(tmp_path / "saker", 1)
    (tmp_path / "fil").write_text("ikke en mappe")
    assert "cannot create the index in /proc/x" in one_line_error(
        sitat("--index", "/proc/x", "index", str(tmp_path / "saker"))
    )
    assert "is a file, not a directory" in one_line_error(
        sitat("--index", str(tmp_path / "fil" / "ix"), "index", str(tmp_path / "saker"))
    )
    env = {**os.environ, "XDG_DATA_HOME": "/proc/x"}
    env.pop("SITAT_INDEX", None)
    assert "cannot create the index" in one_line_error(sitat("search", "Putin", env=env))


def index_until_its_commit(index_dir: Path, corpus: Path) -> subprocess.Popen:
    """A `sitat index` process, returned when its commit has begun (or it has ended)."""
    process = sitat_popen(
        "--index",
        str(index_dir),
        "index",
        str(corpus),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    while not (index_dir / "MAIN.tmp").exists() and process.poll() is None:
        time.sleep(0.002)
    return process


def test_the_index_folder_renamed_while_indexing_is_one_line(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 400)
    for attempt in range(5):  # on a busy machine the run may end before the rename lands
        index_dir = tmp_path / f"ix{attempt}"
        update_index(index_dir, [])
        process = index_until_its_commit(index_dir, corpus)
        index_dir.rename(tmp_path / f"flyttet{attempt}")
        out, err = process.communicate(timeout=120)
        if process.returncode != 0 or "400 added" not in out:
            break
    assert process.returncode == 2, (out, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "cannot write the index" in err


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 2)
    odd = os.path.join(os.fsencode(corpus), b"sp\xe6rsm\xe5l.txt")
    with open(odd, "wb") as handle:
        handle.write("Et spørsmål om sykehjem.\n".encode())
    result = sitat_process("--index", str(tmp_path / "ix"), "index", str(corpus))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 added")
    assert "not UTF-8" in result.stderr and "Traceback" not in result.stderr


def test_ctrl_c_exits_130_and_leaves_the_index_as_it_was(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 400)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [])
    before = paragraphs(index_dir)
    process = index_until_its_commit(index_dir, corpus)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err == "Interrupted; the index is as it was.\n"
    assert paragraphs(index_dir) == before
    assert not (index_dir / "MAIN.tmp").exists()


# --- 10. what is an article file ---------------------------------------------------------------


def test_other_files_are_passed_over_and_counted(tmp_path):
    corpus = tmp_path / "saker"
    write_corpus(corpus, 1)
    (corpus / "STOR.TXT").write_text("Store bokstaver om sykehjem.\n", encoding="utf-8")
    for name in ("rapport.pdf", "side.odt", "notat.docx", "nummer2.pdf", ".skjult.txt"):
        (corpus / name).write_bytes(b"x")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "sak.txt").write_text("Skjult sak om sykehjem.\n", encoding="utf-8")
    result = sitat("--index", str(tmp_path / "ix"), "index", str(corpus))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 added")
    assert result.stdout.rstrip().endswith(
        "passed over 2 hidden, 4 not an article format (2 .pdf, 1 .docx, 1 .odt)"
    )
    assert owners(tmp_path / "ix") == {"saker/sak-0000", "saker/STOR"}


def test_utf16_is_read_and_a_renamed_pdf_is_not_text(tmp_path):
    corpus = tmp_path / "saker"
    corpus.mkdir()
    (corpus / "utf16.txt").write_bytes("\ufeffEn sak om blåbær.\n".encode("utf-16-le"))
    (corpus / "rapport.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = sitat("--index", str(tmp_path / "ix"), "index", str(corpus))
    assert result.stdout.startswith("1 added")
    assert "rapport.txt: not a text file" in result.stderr and "iconv" not in result.stderr
    assert sitat("--index", str(tmp_path / "ix"), "search", "blåbær").returncode == 0


# --- 11. durability ----------------------------------------------------------------------------


def test_a_commit_syncs_its_files_before_the_table_of_contents_names_them(tmp_path):
    """strace shows the order of the system calls of a real `sitat index`: every segment file
    is fsynced before the rename that publishes the TOC, and the directory after it."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    write_corpus(tmp_path / "saker", 3)
    trace = tmp_path / "trace"
    subprocess.run(
        [
            strace,
            "-f",
            "--seccomp-bpf",  # stop only at the traced calls: the run takes its normal time
            "-y",
            "-o",
            str(trace),
            "-e",
            "trace=fsync,rename",
            sys.executable,
            "-m",
            "search",
            "--index",
            str(tmp_path / "ix"),
            "index",
            str(tmp_path / "saker"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    calls = trace.read_text().splitlines()
    toc = max(i for i, c in enumerate(calls) if "rename(" in c and '.toc"' in c)
    synced = " ".join(calls[:toc])
    for seg in (tmp_path / "ix").glob("*.seg"):
        assert f"{seg.name}>" in synced, f"{seg.name} was not synced before the TOC"
    assert "fsync(" in calls[toc + 1] and calls[toc + 1].endswith(
        f".ix.building-{calls[toc].split()[0]}>) = 0"
    )


def test_the_lock_file_is_beside_the_index(tmp_path):
    update_index(tmp_path / "ix", [])
    assert lock_path(tmp_path / "ix") == tmp_path / ".ix.lock"
    assert (tmp_path / ".ix.lock").exists()


# --- the soak: many writers, searchers and kills at once (pytest -m soak) ----------------------

SOAK_SEARCHER = """
import sys, os, collections
sys.path.insert(0, {root!r})
from search.api import Searcher
index_dir, stop = sys.argv[1], sys.argv[2]
answers = 0
with Searcher(index_dir) as searcher:
    while not os.path.exists(stop):
        hits = searcher.search("sykehjem OR omsorgsboliger", limit=1000).hits
        twice = [k for k, n in collections.Counter((h.article, h.n) for h in hits).items() if n > 1]
        assert not twice, twice
        answers += 1
print(answers)
"""


@pytest.mark.soak
def test_soak_writers_searchers_and_kills(tmp_path):
    import random

    rng = random.Random()
    corpus = tmp_path / "saker"
    write_corpus(corpus, 60)
    index_dir = tmp_path / "ix"
    update_index(index_dir, [corpus])
    stop = tmp_path / "stop"
    searchers = [
        subprocess.Popen(
            [sys.executable, "-c", SOAK_SEARCHER.format(root=str(ROOT)), str(index_dir), str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    writers: list[subprocess.Popen] = []
    kills = 0
    log = open(tmp_path / "writers.log", "w")
    next_id = 1000
    for edit in range(1000):
        files = sorted(corpus.glob("*.txt"))
        action = rng.random()
        if action < 0.6 or len(files) < 20:
            path = rng.choice(files) if action < 0.6 and files else None
            if path is None:
                write_corpus(corpus, 1, start=next_id)
                next_id += 1
            else:
                text = path.read_text(encoding="utf-8")
                path.write_text(
                    text.replace("sykehjem", "omsorgsboliger")
                    if "sykehjem" in text
                    else text.replace("omsorgsboliger", "sykehjem"),
                    encoding="utf-8",
                )
        elif action < 0.8:
            write_corpus(corpus, 1, start=next_id)
            next_id += 1
        else:
            rng.choice(files).unlink()
        if edit % 8 == 7:
            writers = [w for w in writers if w.poll() is None]
            if len(writers) >= 4:
                victim = rng.choice(writers)
                if rng.random() < 0.5:
                    victim.kill()
                    kills += 1
                victim.wait()
                writers.remove(victim)
            writers.append(
                sitat_popen(
                    "--index",
                    str(index_dir),
                    "index",
                    "--wait",
                    "300",
                    str(corpus),
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
            )
        if edit % 50 == 49 and writers and rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.5))
            victim = rng.choice(writers)
            victim.kill()
            kills += 1
    for writer in writers:
        writer.wait(timeout=600)
    log.close()
    errors = (tmp_path / "writers.log").read_text()
    assert "Traceback" not in errors and "Error" not in errors, errors
    (tmp_path / "writers.log").unlink()
    stop.write_text("")
    for searcher in searchers:
        out, err = searcher.communicate(timeout=120)
        assert searcher.returncode == 0, err
        assert int(out) > 0
    final = sitat("--index", str(index_dir), "index", str(corpus))
    assert final.returncode == 0, final.stderr
    update_index(tmp_path / "fresh", [corpus], full=True)
    assert snapshot(index_dir) == snapshot(tmp_path / "fresh")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".fresh.lock",
        ".ix.lock",
        "fresh",
        "ix",
        "saker",
        "stop",
    ]
    print(f"soak: 1000 edits, {kills} writers killed, 0 mixed answers")
