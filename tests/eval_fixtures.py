"""Small evaluation sets written for the tests (our own sentences; figures reused from the issues)."""
from __future__ import annotations

import json

ARTICLES = [
    {
        "id": "yen-son",
        "title": "Yên Sơn vượt chỉ tiêu kết nạp đảng viên",
        "article": ("Năm 2022, Huyện uỷ Yên Sơn được giao chỉ tiêu kết nạp 170 đảng viên.\n"
                    "Đến ngày 25/12/2022, toàn huyện kết nạp được 173 đảng viên mới, đạt 102% chỉ tiêu.\n"
                    "Trong đó có 36 đảng viên chính thức và 7 đảng viên dự bị được công nhận.\n"
                    "Kinh phí hỗ trợ công tác phát triển đảng là 1,1 tỷ đồng."),
        "summary": "Năm 2022, Yên Sơn kết nạp 173 đảng viên mới, đạt 102% chỉ tiêu, với kinh phí 1,1 tỷ đồng.",
    },
    {
        "id": "ham-yen",
        "title": "Hàm Yên tăng thu ngân sách",
        "article": ("Sáu tháng đầu năm 2023, huyện Hàm Yên thu ngân sách được 85 tỷ đồng.\n"
                    "Con số này bằng 77,25% dự toán năm.\n"
                    "Huyện có 25.529 hộ dân, trong đó 1.200 hộ nghèo.\n"
                    "Ngày 14/5/2023, huyện tổ chức hội nghị sơ kết."),
        "summary": "Hàm Yên thu ngân sách 85 tỷ đồng trong sáu tháng đầu năm 2023, bằng 77,25% dự toán.",
    },
    {
        "id": "lua",
        "title": "Nông dân thu hoạch lúa",
        "article": ("Vụ đông xuân năm nay, xã Tân Long gieo cấy 320 ha lúa.\n"
                    "Năng suất bình quân đạt 62 tạ mỗi ha, tăng 3 tạ so với vụ trước.\n"
                    "Giá lúa tươi tại ruộng khoảng 7.500 đồng mỗi kg."),
        "summary": "Xã Tân Long gieo cấy 320 ha lúa, năng suất 62 tạ mỗi ha.",
    },
    {
        "id": "truong",
        "title": "Khánh thành trường học mới",
        "article": ("Sáng 5/9, trường tiểu học Kim Phú khánh thành dãy nhà 3 tầng với 12 phòng học.\n"
                    "Công trình có tổng vốn đầu tư 9 tỷ đồng.\n"
                    "Năm học này trường đón 650 học sinh."),
        "summary": "Trường tiểu học Kim Phú khánh thành dãy nhà 3 tầng, 12 phòng học, vốn 9 tỷ đồng.",
    },
    {
        "id": "mua",
        "title": "Mưa lớn gây ngập",
        "article": ("Chiều 20/7, mưa lớn kéo dài khiến nhiều tuyến phố bị ngập sâu.\n"
                    "Lượng mưa đo được tại trạm Láng là 120 mm.\n"
                    "Hàng trăm phương tiện chết máy giữa đường."),
        "summary": "Mưa lớn chiều 20/7 khiến nhiều tuyến phố ngập sâu, lượng mưa 120 mm.",
    },
]

PREDICTIONS = {
    "yen-son": "Yên Sơn kết nạp 371 đảng viên mới, đạt 102% chỉ tiêu.",
    "ham-yen": "Huyện Hàm Yên thu ngân sách 85 tỷ đồng, bằng 77,25% dự toán năm.",
    "lua": "Xã Tân Long gieo cấy 320 ha lúa, năng suất đạt 62 tạ mỗi ha.",
    "truong": "Trường Kim Phú khánh thành dãy nhà 3 tầng với 12 phòng học.",
    "mua": "Mưa lớn chiều 20/7, lượng mưa 150 mm.",
}


def write_set(path, rows=ARTICLES, extra_lines=()):
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_predictions(path, predictions=PREDICTIONS):
    path.write_text("".join(json.dumps({"id": k, "prediction": v}, ensure_ascii=False) + "\n"
                            for k, v in predictions.items()), encoding="utf-8")
    return path
