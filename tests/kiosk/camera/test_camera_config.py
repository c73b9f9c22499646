"""`[camera]` in kiosk.toml: a technician's typo or wrong type is named, with what to write."""

from pathlib import Path

from kiosk.config import DEMO_PATH, CameraSettings, load_config, parse_config
from tests.kiosk.test_config import problems


def test_no_camera_table_means_no_camera() -> None:
    assert parse_config({}).camera == CameraSettings()
    assert not parse_config({}).camera.configured


def test_the_demo_uses_a_real_camera_if_there_is_one_else_the_simulated_one() -> None:
    camera = load_config(DEMO_PATH).camera
    assert camera.source == "auto"
    assert camera.configured


def test_every_setting_is_read() -> None:
    camera = parse_config(
        {
            "camera": {
                "source": "device",
                "device": 2,
                "width": 1920,
                "height": 1080,
                "fps": 25,
                "autofocus": False,
                "focus": 40,
                "exposure": 156,
                "mirror_preview": True,
            }
        }
    ).camera
    assert camera == CameraSettings(
        source="device",
        device=2,
        width=1920,
        height=1080,
        fps=25,
        autofocus=False,
        focus=40,
        exposure=156,
        mirror_preview=True,
    )


def test_a_misspelt_camera_setting_gets_a_suggestion(tmp_path: Path) -> None:
    found = problems('[camera]\nsource = "device"\nexposre = "auto"\n', tmp_path)
    assert found == ["camera.exposre: unknown setting (did you mean camera.exposure?)"]


def test_a_misspelt_source_lists_the_choices(tmp_path: Path) -> None:
    found = problems('[camera]\nsource = "webcam"\n', tmp_path)
    assert found == [
        "camera.source: 'webcam' is not one of 'auto', 'none', 'device', 'file', 'images', "
        "'simulated'"
    ]


def test_wrong_types_are_explained_all_at_once(tmp_path: Path) -> None:
    text = (
        "[camera]\n"
        'source = "device"\n'
        'device = "/dev/video0"\n'
        'autofocus = "yes"\n'
        "focus = 300\n"
        'exposure = "bright"\n'
        "fps = 0\n"
    )
    assert problems(text, tmp_path) == [
        "camera.device: must be a whole number (N of /dev/videoN), not '/dev/video0'",
        "camera.fps: 0 is out of range (1 to 120 frames per second)",
        "camera.autofocus: must be true or false (without quotes), not 'yes'",
        "camera.focus: 300 is out of range (0 to 255)",
        'camera.exposure: must be "auto" or an exposure time (1 to 10000, in 100 µs units), '
        "not 'bright'",
    ]


def test_images_and_file_need_a_path(tmp_path: Path) -> None:
    found = problems('[camera]\nsource = "images"\n', tmp_path)
    assert found == ['camera.path: camera.source = "images" needs the path of a folder of images']


def test_camera_must_be_a_table(tmp_path: Path) -> None:
    assert problems('camera = "auto"\n', tmp_path) == ["camera: must be a table ([camera])"]
