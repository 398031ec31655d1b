import Foundation

/// Every message in Vietnamese, in the words of the emulation-and-reward offices (đơn vị, tệp,
/// dòng, cột, hộ nghèo). Names typed by the user, options, column names and JSON keys are quoted
/// as they are, since they must be typed that way.
extension Message {
  /// The message in Vietnamese.
  public var vietnamese: String {
    switch self {
    case .text(let text): return text
    case .atPath(let path, let message): return "\(path): \(message.vietnamese)"

    case .missingCommand(let commands):
      return "thiếu lệnh; cần một trong các lệnh \(commands.joined(separator: ", "))"
    case .commandExpectedFirst(let found, let commands):
      return "cần một lệnh trước '\(found)'; một trong các lệnh \(commands.joined(separator: ", "))"
    case .unknownCommand(let name, let suggestion?, _):
      return "không có lệnh '\(name)'; có phải ý bạn là '\(suggestion)'?"
    case .unknownCommand(let name, nil, let commands):
      return "không có lệnh '\(name)'; cần một trong các lệnh \(commands.joined(separator: ", "))"
    case .unknownOption(let typed, let suggestion?):
      return "không có tùy chọn '\(typed)'; có phải ý bạn là '--\(suggestion)'?"
    case .unknownOption(let typed, nil):
      return "không có tùy chọn '\(typed)'"
    case .unknownShortOption(let letter, let argument):
      return "không có tùy chọn '-\(letter)' trong '\(argument)'"
    case .missingValue(let option):
      return "thiếu giá trị cho '\(option)'"
    case .flagTakesNoValue(let flag, let value):
      return "'\(flag)' không nhận giá trị, nhưng lại được cho '\(value)'"
    case .givenTwice(let option):
      return "'\(option)' chỉ được cho một lần"
    case .missingRequiredOption(let option):
      return "thiếu tùy chọn bắt buộc '\(option)'"
    case .missingArgument(let name):
      return "thiếu đối số '\(name)'"
    case .unexpectedArgument(let argument):
      return "thừa đối số '\(argument)'"
    case .badValue(let option, _, let found):
      return "giá trị '\(found)' không dùng được cho \(option)"
    case .badNumber(let option, _, let found):
      return "\(option) cần một số nguyên, nhưng nhận được '\(found)'"
    case .unknownChoice(let option, let value, let choices):
      return "--\(option) không nhận giá trị '\(value)'; cần một trong các giá trị "
        + choices.joined(separator: ", ")
    case .excelNeedsDelimited(let format):
      return "--excel ghi tệp CSV hoặc TSV cho bảng tính nên không dùng được cùng "
        + "--format \(format); hãy bỏ --excel, hoặc dùng --format csv hay --format tsv"
    case .yearOutsidePeriod(let year, let from, let to):
      return "--year \(year) nằm ngoài thời kỳ của kế hoạch (\(from)–\(to)); cần một năm từ "
        + "\(from) đến \(to)"
    case .standardInputReadTwice(let inputs):
      let names = inputs.dropLast().joined(separator: ", ") + " và " + (inputs.last ?? "")
      return "chỉ đọc được đầu vào chuẩn một lần, nhưng '-' được dùng cho \(names); "
        + "hãy dùng tệp cho tất cả trừ một đầu vào"
    case .negativeWindow(let days):
      return "--within cần một số ngày, ví dụ 30, nhưng nhận được '\(days)'"
    case .badToday(let text, let flaw):
      let why = flaw.map { " (\($0.vietnamese))" } ?? ""
      return "--today cần một ngày viết YYYY-MM-DD, ví dụ 2025-11-15, nhưng nhận được "
        + "'\(text)'\(why)"
    case .checkDataNeedsAFile:
      return "hãy cho ít nhất một trong các tùy chọn --units, --mergers, --data"
    case .seeHelp(let tool):
      return "xem '\(tool) --help'"
    case .argumentAfterVersion(let argument):
      return "thừa đối số '\(argument)' sau '--version'"
    case .noUsableRows:
      return "số liệu không có dòng nào dùng được nên không có năm gần nhất; hãy cho --year"

    case .planOK(let file):
      return "\(file): hợp lệ"
    case .unitsFileOK(let file, let units):
      return "\(file): hợp lệ (\(units) đơn vị)"
    case .mergersFileOK(let file, let count):
      return "\(file): hợp lệ (\(count) trường hợp sáp nhập)"
    case .dataFileOK(let file, let rows, let units, let years):
      let span = years.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "-–-"
      return "\(file): hợp lệ (\(rows) dòng, \(units) đơn vị, các năm \(span))"
    case .mergerAfterData(let merger, let last):
      return "\(merger.oldCode) → \(merger.newCode) từ ngày \(merger.effective.vietnamese) có hiệu "
        + "lực sau năm cuối cùng của số liệu (\(last)): chưa làm thay đổi gì"
    case .mergerBeforeData(let merger, let first):
      return "\(merger.oldCode) → \(merger.newCode) từ ngày \(merger.effective.vietnamese) có hiệu "
        + "lực trong hoặc trước năm đầu tiên của số liệu (\(first)): không có năm nào trước đó để "
        + "cộng số liệu của các đơn vị tiền thân"
    case .rowCounts(let read, let used, let rejected):
      return "số dòng: đọc \(read), sử dụng \(used), loại \(rejected)"
    case .unitWarning(let code, let text):
      return "cảnh báo: đơn vị \(code): \(text)"

    case .noSuchFile: return "không có tệp hoặc thư mục này"
    case .directoryNotPlan: return "đây là thư mục, không phải tệp kế hoạch"
    case .permissionDenied: return "không có quyền truy cập"
    case .noPlanFiles: return "thư mục này không có tệp kế hoạch nào (*.json)"
    case .cannotListDirectory: return "không đọc được danh sách tệp của thư mục"
    case .systemError(let code):
      switch code {
      case ENOENT: return Message.noSuchFile.vietnamese
      case EACCES, EPERM: return Message.permissionDenied.vietnamese
      case EISDIR: return "đây là thư mục, không phải tệp"
      case EIO: return "lỗi vào/ra"
      case EBADF: return "bộ mô tả tệp không hợp lệ"
      case EAGAIN: return "tài nguyên tạm thời chưa sẵn sàng"
      case ENOTDIR: return "không phải là thư mục"
      case ELOOP: return "quá nhiều cấp liên kết tượng trưng"
      case ENAMETOOLONG: return "tên tệp quá dài"
      case EMFILE, ENFILE: return "có quá nhiều tệp đang mở"
      case ENOMEM: return "không cấp phát được bộ nhớ"
      case EINVAL: return "đối số không hợp lệ"
      case ENXIO: return "không có thiết bị hoặc địa chỉ này"
      case EFBIG: return "tệp quá lớn"
      case ENOSPC: return "ổ đĩa đã hết chỗ trống"
      case EDQUOT: return "đã vượt hạn mức dung lượng đĩa"
      case EROFS: return "hệ thống tệp chỉ cho phép đọc"
      default: return english
      }
    case .cannotWriteIn(let directory, let code):
      switch code {
      case ENOENT: return "thư mục '\(directory)' không tồn tại"
      case ENOTDIR: return "'\(directory)' không phải là thư mục"
      case EACCES, EPERM: return "không có quyền ghi vào thư mục '\(directory)'"
      case ENOSPC: return "ổ đĩa đã hết chỗ trống"
      case EDQUOT: return "đã vượt hạn mức dung lượng đĩa"
      case EROFS: return "hệ thống tệp chỉ cho phép đọc"
      case EISDIR: return Message.isADirectory.vietnamese
      case ENAMETOOLONG: return "tên tệp quá dài"
      case EIO: return "lỗi vào/ra"
      default: return english
      }
    case .notAFileName: return "không phải là tên tệp"
    case .isADirectory: return "đây là một thư mục"

    case .emptyFile:
      return "tệp trống; cần một dòng tiêu đề ghi tên các cột"
    case .noDataRows:
      return "không có dòng số liệu nào; cần ít nhất một dòng dưới dòng tiêu đề"
    case .semicolonHeader:
      return "dòng tiêu đề phân cách bằng `;`, như Excel ghi tệp CSV khi máy đặt vùng Việt Nam; "
        + "cần dấu phẩy: hãy lưu tệp từ Excel dưới dạng \"CSV UTF-8 (Comma delimited)\" với `,` "
        + "làm dấu phân cách danh sách"
    case .columnTwice(let name, let first, let second):
      return "cột `\(name)` xuất hiện hai lần (cột \(first) và cột \(second)); mỗi cột chỉ được "
        + "có một lần"
    case .missingColumn(let name, let header, let rename, let required):
      var message = "thiếu cột `\(name)`; dòng tiêu đề có \(Message.codeList(header))"
      if let rename {
        message += "; hãy đổi tên `\(rename)` thành `\(name)`"
      } else {
        message += "; cần các cột \(Message.codeList(required))"
      }
      return message
    case .unknownDataForm(let header, let panel, let roster, let renames):
      let hint =
        renames.isEmpty
        ? ""
        : "; hãy đổi tên "
          + renames.map { "`\($0.from)` thành `\($0.to)`" }.joined(separator: ", ")
      return "không nhận ra loại tệp số liệu: dòng tiêu đề có \(Message.codeList(header)); cần "
        + "số liệu đơn vị theo năm (\(Message.codeList(panel))) hoặc danh sách hộ "
        + "(\(Message.codeList(roster)))\(hint)"
    case .unnamedColumn(let index):
      return "cột \(index + 1) (cột \(Message.spreadsheetColumn(index)) trong bảng tính) có giá "
        + "trị ở đây nhưng không có tên trong dòng tiêu đề; hãy đặt tên cho cột này trong dòng "
        + "tiêu đề, hoặc xóa cột"
    case .blankRow:
      return "dòng trống; cần một dòng số liệu (hãy xóa các dòng trống giữa các dòng số liệu)"
    case .extraValues(let values, let columns):
      return "dòng có \(values) giá trị nhưng dòng tiêu đề chỉ có \(columns) cột; cần nhiều nhất "
        + "\(columns) giá trị (giá trị có dấu phẩy phải đặt trong dấu ngoặc kép)"
    case .emptyCode(let column, let isHousehold):
      let expected = isHousehold ? "mã hộ" : "mã đơn vị"
      return "cột `\(column)`: trống; cần \(expected) (ô gộp trong Excel chỉ giữ giá trị ở dòng "
        + "đầu, các dòng còn lại bị trống)"
    case .unknownUnit(let column, let code, let suggestion):
      return "cột `\(column)`: đơn vị `\(code)` không có trong tệp đơn vị; cần một mã có trong "
        + "tệp đó" + (suggestion.map { " (có phải là `\($0)`?)" } ?? "")
    case .badCount(let column, let problem):
      return "cột `\(column)`: " + problem.vietnamese
    case .badYear(let problem):
      let expected = "cần một năm từ 1990 đến 2100, ví dụ 2023"
      switch problem {
      case .empty: return "cột `year`: trống; \(expected)"
      case .outOfRange(let value): return "cột `year`: \(value) nằm ngoài khoảng; \(expected)"
      case .notAYear(let text): return "cột `year`: `\(text)` không phải là năm; \(expected)"
      }
    case .noHouseholds:
      return "cột `total_households`: 0; cần ít nhất 1 hộ (đơn vị không có hộ nào thì không có "
        + "tỷ lệ hộ nghèo)"
    case .poorAboveTotal(let poor, let total):
      return "cột `poor_households`: \(poor) lớn hơn `total_households` \(total); cần nhiều nhất "
        + "\(total)"
    case .nearPoorAboveTotal(let nearPoor, let poor, let total):
      return "cột `near_poor_households`: \(nearPoor) hộ cận nghèo và \(poor) hộ nghèo nhiều hơn "
        + "`total_households` \(total); cần nhiều nhất \(total - poor)"
    case .twoRowsForYear(let code, let year, let first, let second):
      return "cột `year`: đơn vị `\(code)` có hai dòng cho năm \(year) (dòng \(first) và dòng "
        + "\(second)); mỗi đơn vị mỗi năm chỉ có một dòng"
    case .badLevel(let text, let mergedCells):
      let known = UnitLevel.allCases.map { "`\($0.rawValue)`" }
      let expected = "cần \(known.dropLast().joined(separator: ", ")) hoặc \(known.last ?? "")"
      guard text.isEmpty else {
        return "cột `level`: `\(text)` không phải là cấp đơn vị; \(expected)"
      }
      let merged =
        mergedCells
        ? " (ô gộp trong Excel chỉ giữ giá trị ở dòng đầu, các dòng còn lại bị trống)" : ""
      return "cột `level`: trống; \(expected)\(merged)"
    case .badHouseholdStatus(let text):
      let what = text.isEmpty ? "trống" : "`\(text)` không phải là tình trạng của hộ"
      return "cột `status`: \(what); cần `poor`, `near-poor` hoặc `non-poor` (hay `nghèo`, "
        + "`cận nghèo`, `không nghèo`)"

    case .csvUTF16:
      return "tệp được mã hóa UTF-16 (như khi Excel lưu dưới dạng \"Unicode Text\"), không phải "
        + "UTF-8; cần văn bản UTF-8: hãy lưu tệp từ Excel dưới dạng \"CSV UTF-8 (Comma "
        + "delimited)\""
    case .csvNotUTF8(let byte, let encoding):
      let here = "(byte 0x\(Message.hex(UInt32(byte), 2)) ở đây)"
      let save = "lưu tệp từ Excel dưới dạng \"CSV UTF-8 (Comma delimited)\""
      switch encoding {
      case .windows1258:
        return "tệp có vẻ dùng bảng mã Windows-1258 (ANSI tiếng Việt), không phải UTF-8 \(here); "
          + "cần văn bản UTF-8: hãy \(save)"
      case .tcvn3:
        return "tệp có vẻ dùng bảng mã TCVN3 (ABC, bảng mã của các phông .VnTime), không phải "
          + "UTF-8 \(here); cần văn bản Unicode dạng UTF-8: hãy chuyển mã văn bản từ TCVN3 sang "
          + "Unicode (ví dụ bằng công cụ chuyển mã của UniKey), rồi \(save)"
      case nil:
        return "tệp không phải là văn bản UTF-8 \(here); cần văn bản UTF-8: hãy \(save)"
      }
    case .csvUnclosedQuote:
      return "dấu ngoặc kép mở ở đây không được đóng; cần một dấu ngoặc kép đóng `\"` trước "
        + "cuối tệp"
    case .csvValueTooLong(let inQuote):
      let hint = inQuote ? " (dấu ngoặc kép mở ở đây đã được đóng chưa?)" : ""
      return "một giá trị dài hơn 1 MiB bắt đầu ở đây\(hint); mỗi giá trị chỉ được dài nhiều nhất "
        + "\(CSVReader.maximumFieldLength) byte"
    case .csvQuoteInUnquotedValue:
      return "dấu ngoặc kép `\"` nằm giữa một giá trị không bắt đầu bằng dấu ngoặc kép; cần đặt "
        + "cả giá trị trong dấu ngoặc kép, mỗi dấu ngoặc kép bên trong viết thành hai dấu "
        + "(`\"say \"\"hi\"\"\"`)"
    case .csvTextAfterClosingQuote:
      return "có ký tự sau dấu ngoặc kép đóng của một giá trị trong ngoặc kép; cần dấu phẩy hoặc "
        + "hết dòng (dấu ngoặc kép bên trong giá trị trong ngoặc kép được viết là `\"\"`)"

    case .unitListedTwice(let code, let first, let second):
      return "cột `unit_code`: `\(code)` xuất hiện hai lần (dòng \(first) và dòng \(second)); "
        + "mỗi đơn vị chỉ được có một lần"
    case .emptyUnitName:
      return "cột `unit_name`: trống; cần tên của đơn vị"
    case .parentNotListed(let unit, let parent, let inUnitsFile):
      return "cột `parent_code`: đơn vị `\(unit)` ghi đơn vị cấp trên là `\(parent)`, nhưng mã "
        + "này không có trong \(inUnitsFile ? "tệp này" : "tệp"); cần mã của một đơn vị có trong "
        + "tệp đó"
    case .describedUnlikeUnitsFile(let code, let here, let unitsFile):
      return "đơn vị `\(code)` được mô tả ở đây khác với trong tệp đơn vị ("
        + Message.differences(here, unitsFile, vietnamese: true)
        + "); cần mô tả giống nhau (dùng mô tả trong tệp đơn vị)"
    case .describedDifferently(let code, let first, let second, let earlier, let later):
      return "đơn vị `\(code)` được mô tả khác nhau ở dòng \(first) và dòng \(second) ("
        + Message.differences(earlier, later, vietnamese: true)
        + "); cần mô tả giống nhau ở mọi dòng (dùng dòng \(first))"
    case .householdListedTwice(let household, let year, let first, let second):
      return "cột `household_id`: hộ `\(household)` xuất hiện hai lần trong năm \(year) (dòng "
        + "\(first.map(String.init) ?? "?") và dòng \(second)); mỗi hộ mỗi năm chỉ có một dòng"
    case .mergerIntoItself(let old, let new):
      return "cột `new_code`: `\(new)` trùng với `old_code`; cần mã của đơn vị mà `\(old)` được "
        + "sáp nhập vào"
    case .mergerListedTwice(let old, let first, let second):
      return "cột `old_code`: `\(old)` xuất hiện hai lần (dòng \(first) và dòng \(second)); mỗi "
        + "đơn vị cũ chỉ được có một lần (đơn vị đó được sáp nhập vào một đơn vị mới)"
    case .badEffectiveDate(let text):
      let expected = "cần một ngày viết YYYY-MM-DD, ví dụ 2025-07-01"
      return text.isEmpty
        ? "cột `effective`: trống; \(expected)"
        : "cột `effective`: `\(text)` không phải là một ngày; \(expected)"
    case .mergerCycle(let codes):
      let cycle = Message.cycle(codes)
      return "cột `new_code`: các trường hợp sáp nhập tạo thành vòng lặp (\(cycle)); mỗi đơn vị "
        + "phải được sáp nhập vào một đơn vị không bị sáp nhập ngược lại vào nó"
    case .badHoliday(let text):
      return "'\(text)' không phải là một ngày; hãy viết mỗi dòng một ngày nghỉ lễ theo dạng "
        + "YYYY-MM-DD[,tên], ví dụ 2025-09-02,Quốc khánh"
    case .holidaysNotUTF8:
      return "tệp không phải là văn bản UTF-8; hãy lưu tệp dưới dạng văn bản UTF-8"

    case .unknownKey(let key, let suggestion?, _):
      return "không có khóa `\(key)`; có phải là `\(suggestion)`?"
    case .unknownKey(let key, nil, let known):
      return "không có khóa `\(key)`; các khóa dùng được ở đây: \(Message.codeList(known))"
    case .missingRequiredKey:
      return "thiếu khóa bắt buộc"
    case .wrongType(let expected, let found):
      return "cần \(expected.vietnamese), nhưng gặp \(found.vietnamese)"
    case .wrongNumber(let expected, let found):
      return "cần \(expected.vietnamese), nhưng gặp \(found)"
    case .notAYear(let text):
      return "\(text) không phải là năm (1–9999)"
    case .mustNotBeEmpty:
      return "không được để trống"
    case .mustNotBeNegative(let text):
      return "không được là số âm, nhưng gặp \(text)"
    case .numberInQuotes(let text):
      return "cần một số, nhưng gặp chuỗi \"\(text)\"; hãy viết dưới dạng số, không có dấu ngoặc "
        + "kép: \(text)"
    case .unknownPlanValue(let noun, let value, let suggestion, let choices):
      return "không có \(noun.vietnamese) `\(value)`"
        + (suggestion.map { " (có phải là `\($0)`?)" } ?? "")
        + "; các \(noun.vietnamese) dùng được: \(Message.codeList(choices))"
    case .duplicateID(let noun, let id, let first):
      return "mã \(noun.vietnamese) `\(id)` bị trùng (lần đầu ở \(first))"
    case .fromAfterTo(let from, let to):
      return "`from` (\(from)) sau `to` (\(to))"
    case .unsupportedSchema(let found, let supported):
      return "không hỗ trợ schema \"\(found)\"; phiên bản thidua này đọc \"\(supported)\""
    case .dateFormat(let found, let example):
      return "hãy viết ngày theo dạng YYYY-MM-DD, ví dụ \"\(example)\" (gặp \"\(found)\")"
    case .impossibleDate(let text, let flaw):
      return "\(text) không phải là một ngày: \(flaw.vietnamese)"
    case .dayOfYearFormat(let found, let example):
      return "hãy viết ngày trong năm theo dạng MM-DD, ví dụ \"\(example)\" (gặp \"\(found)\")"
    case .impossibleDayOfYear(let text, let flaw):
      return "\(text) không phải là một ngày trong năm: \(flaw.vietnamese)"
    case .yearInQuotes(let text):
      return "cần một chuỗi, nhưng gặp một số; hãy viết năm trong dấu ngoặc kép: \"\(text)\""
    case .jsonExpected(let expected, let found):
      let what: String
      switch expected {
      case .value: what = "một giá trị JSON"
      case .key: what = "một khóa trong dấu ngoặc kép"
      case .colon: what = "dấu ':' sau khóa"
      case .commaOrBrace: what = "dấu ',' hoặc '}' sau một thành phần của đối tượng"
      case .commaOrBracket: what = "dấu ',' hoặc ']' sau một phần tử của danh sách"
      }
      return "cần \(what), nhưng gặp \(found.vietnamese)"
    case .jsonAfterValue(let found):
      return "gặp \(found.vietnamese) sau khi giá trị JSON đã kết thúc"
    case .jsonTrailingComma(let closing):
      return "thừa dấu phẩy trước '\(closing)'"
    case .jsonSingleQuotes(let inKey):
      return (inKey ? "khóa" : "chuỗi")
        + " phải đặt trong dấu ngoặc kép (\"), không dùng dấu nháy đơn"
    case .jsonComment:
      return "JSON không cho phép ghi chú (comment)"
    case .jsonUnexpectedWord(let word):
      return "gặp từ `\(word)`; JSON chỉ có các giá trị true, false và null, còn chuỗi phải đặt "
        + "trong dấu ngoặc kép"
    case .jsonDuplicateKey(let key, let first):
      return "khóa `\(key)` bị lặp lại trong đối tượng này (lần đầu ở \(first))"
    case .jsonUnterminatedString(let lineEnds):
      return lineEnds
        ? "chuỗi chưa được đóng (dòng kết thúc trước dấu ngoặc kép đóng; hãy viết xuống dòng là \\n)"
        : "chuỗi chưa được đóng"

    case .planInputTooLarge(let bytes):
      return "đầu vào có \(bytes) byte, nhiều hơn 8 MiB là dung lượng lớn nhất của một kế hoạch"
    case .planFileTooLarge:
      return "tệp lớn hơn 8 MiB là dung lượng lớn nhất của một kế hoạch"
    case .planWideEncoding(let encoding):
      return "tệp được mã hóa \(encoding), không phải UTF-8; cần kế hoạch được lưu dưới dạng UTF-8"
    case .jsonTooManyValues:
      return "nhiều hơn \(JSONParser.maximumValues) giá trị (tính chung đối tượng, danh sách, "
        + "chuỗi, số, giá trị đúng/sai và null); một kế hoạch có nhiều nhất "
        + "\(JSONParser.maximumValues) giá trị"
    case .jsonTooDeep:
      return "danh sách và đối tượng lồng nhau sâu hơn \(JSONParser.maximumDepth) cấp"
    case .jsonNumberTooLong:
      return "số dài hơn \(JSONParser.maximumNumberLength) ký tự"
    case .jsonDigitExpected(let place, let found):
      let spot: String
      switch place {
      case .afterMinus: spot = "sau '-'"
      case .afterPoint: spot = "sau '.'"
      case .inExponent: spot = "trong phần số mũ"
      }
      return "cần một chữ số \(spot), nhưng gặp \(found.vietnamese)"
    case .jsonLeadingZeros:
      return "số không được có chữ số 0 thừa ở đầu"
    case .jsonNUL(let escaped):
      return "chuỗi không được chứa ký tự NUL" + (escaped ? " (\\u0000)" : "")
    case .jsonUnescapedControl(let byte):
      return "ký tự điều khiển U+\(Message.hex(UInt32(byte), 4)) trong chuỗi phải được viết dạng "
        + "thoát (escape)"
    case .jsonInvalidUTF8(let byte):
      return "byte 0x\(Message.hex(UInt32(byte), 2)) trong chuỗi không hợp lệ trong UTF-8; cần kế "
        + "hoạch được lưu dưới dạng UTF-8"
    case .jsonStringTooLong:
      return "chuỗi dài hơn 64 KiB"
    case .jsonInvalidEscape:
      return "chuỗi thoát (escape) không hợp lệ; các chuỗi thoát là \\\" \\\\ \\/ \\b \\f \\n "
        + "\\r \\t và \\uXXXX"
    case .jsonInvalidUnicodeEscape:
      return "chuỗi thoát \\u không hợp lệ"
    case .jsonLoneSurrogate(let value):
      return "nửa cặp thay thế (surrogate) \\u\(Message.hex(value, 4).lowercased()) đứng một mình "
        + "trong chuỗi; chuỗi thoát \\u trong khoảng U+D800…U+DFFF phải đi thành cặp cao và thấp"
    case .jsonHexDigitsExpected:
      return "cần 4 chữ số thập lục phân sau \\u"
    case .moreErrors(let count, let limit):
      return "còn \(count) lỗi khác không được liệt kê (chỉ liệt kê nhiều nhất \(limit) lỗi); "
        + "hãy sửa các lỗi trên trước"
    case .inexactNumber(let text):
      return "không đọc chính xác được \(text) (cần nhiều nhất 30 chữ số có nghĩa và số mũ trong "
        + "khoảng ±30)"
    case .unknownTimeZone(let name, let meantVietnam, let suggestion):
      let hint =
        meantVietnam
        ? "múi giờ của Việt Nam là \"Asia/Ho_Chi_Minh\""
        : suggestion.map { "có phải là \"\($0)\"?" }
          ?? "hãy dùng một tên múi giờ IANA, ví dụ \"Asia/Ho_Chi_Minh\""
      return "không có múi giờ \"\(name)\"; \(hint)"
    case .baselineYearFarOutside(let year, let from, let to):
      return "\(year) nằm quá xa ngoài thời kỳ của kế hoạch (\(from)–\(to))"
    case .emptyDocumentReference:
      return "hãy cho ít nhất một trong các khóa `number`, `date` và `issuer`"
    case .mustBeAtLeastOne(let count):
      return "phải từ 1 trở lên, nhưng gặp \(count)"
    case .emptyFlagList:
      return "danh sách trống không khớp với đơn vị nào"
    case .baselineRateWithoutYear:
      return "kế hoạch không có `baselineYear` để tỷ lệ này dựa vào"
    case .emptyRateBound:
      return "hãy cho `below`, `atLeast` hoặc cả hai"
    case .emptyRateRange(let atLeast, let below):
      return "không có tỷ lệ nào vừa từ \(atLeast) trở lên vừa dưới \(below): `below` phải lớn "
        + "hơn `atLeast`"
    case .unknownCriterion(let name, let suggestion?, _):
      return "không có tiêu chí `\(name)`; có phải là `\(suggestion)`?"
    case .unknownCriterion(let name, nil, let known):
      return "không có tiêu chí `\(name)`; "
        + (known.isEmpty
          ? "kế hoạch không có tiêu chí nào"
          : "các tiêu chí của kế hoạch là \(Message.codeList(known))")
    case .dueAndEvery:
      return "hãy cho `due` (mốc thời hạn một lần) hoặc `every` (mốc thời hạn hằng năm), không "
        + "cho cả hai"
    case .noDueOrEvery:
      return "thiếu `due` (mốc thời hạn một lần) hoặc `every`, `on`, `from` và `to` (mốc thời "
        + "hạn hằng năm)"
    case .onlyYearlyDeadlineKey(let key):
      return "chỉ mốc thời hạn hằng năm (có `every`) mới có `\(key)`; mốc này có `due`"
    case .dueOutsidePeriod(let due, let from, let to):
      return "\(due) nằm ngoài thời kỳ của kế hoạch (\(from)–\(to))"
    case .everyNotYear(let every):
      return "chỉ hỗ trợ \"year\", nhưng gặp \"\(every)\""
    case .missingYearlyDeadlineKey:
      return "thiếu khóa bắt buộc của mốc thời hạn hằng năm"
    case .occurrencesOutsidePeriod(let first, let last, let from, let to):
      let years =
        first == last ? "lần đến hạn năm \(first)" : "các lần đến hạn năm \(first)–\(last)"
      return "\(years) nằm ngoài thời kỳ của kế hoạch (\(from)–\(to))"
    case .notAYearOfDeadline(let year, let from, let to):
      return "\(year) không phải là năm của mốc thời hạn này, mốc đến hạn hằng năm từ \(from) "
        + "đến \(to)"
    case .yearListedTwice(let year):
      return "năm \(year) xuất hiện hai lần"
    case .timeZoneUnavailable(let identifier):
      return "không tải được múi giờ '\(identifier)' (máy đã cài dữ liệu múi giờ chưa, ví dụ "
        + "/usr/share/zoneinfo?); không dùng UTC thay thế"
    }
  }
}

extension Message.JSONFound {
  /// "ký tự 'x'", "ký tự điều khiển U+0009", "cuối tệp".
  var vietnamese: String {
    switch self {
    case .endOfInput: return "cuối tệp"
    case .controlCharacter(let byte): return "ký tự điều khiển U+\(Message.hex(UInt32(byte), 4))"
    case .character(let character): return "ký tự '\(character)'"
    case .scalar(let scalar):
      return "ký tự '\(Character(scalar))' (U+\(Message.hex(scalar.value, 4)))"
    case .invalidByte(let byte):
      return "byte 0x\(Message.hex(UInt32(byte), 2)) không hợp lệ trong UTF-8"
    }
  }
}

extension Message.CountProblem {
  /// What is wrong with the cell, after "cột `poor_households`: ".
  var vietnamese: String {
    let expected = "cần số hộ là một số nguyên"
    switch self {
    case .empty:
      return "trống; \(expected)"
    case .negative(let text):
      return "`\(text)` là số âm; cần số hộ từ 0 trở lên"
    case .decimal(let text):
      return "`\(text)` không phải là số nguyên; \(expected)"
    case .thousandsSeparator(let text):
      let digits = text.filter(\.isASCIIDigit)
      return "`\(text)` có dấu phân cách hàng nghìn"
        + "\(Message.spaceName(in: text, vietnamese: true)); cần viết \(digits), không có dấu "
        + "phân cách"
    case .formula(let text):
      return "`\(text)` là công thức, không phải giá trị; cần chính con số (trong Excel, hãy dán "
        + "các ô dưới dạng giá trị trước khi lưu)"
    case .spreadsheetError(let text):
      return "`\(text)` là lỗi của bảng tính, không phải là số; cần chính con số (hãy sửa công "
        + "thức trong Excel, rồi dán các ô dưới dạng giá trị trước khi lưu)"
    case .notANumber(let text):
      return "`\(text)` không phải là số; \(expected)"
    case .tooLarge(let text):
      return "`\(text)` quá lớn; cần nhiều nhất \(CellValue.maximumCount) hộ"
    }
  }
}

extension Message.DateFlaw {
  /// "không có tháng 13", "tháng 2 năm 2025 có 28 ngày", "tháng 2 có nhiều nhất 29 ngày".
  var vietnamese: String {
    switch self {
    case .noYearZero: return "không có năm 0"
    case .noMonth(let month): return "không có tháng \(month)"
    case .noDayZero: return "không có ngày 0"
    case .shortMonth(let month, let year?, let days):
      return "tháng \(month) năm \(year) có \(days) ngày"
    case .shortMonth(let month, nil, let days):
      return "tháng \(month) có nhiều nhất \(days) ngày"
    }
  }
}

extension Message.Noun {
  /// "một đối tượng", "true hoặc false", "phép đo".
  var vietnamese: String {
    switch self {
    case .null: return "null"
    case .boolean: return "một giá trị đúng/sai"
    case .trueOrFalse: return "true hoặc false"
    case .number: return "một số"
    case .string: return "một chuỗi"
    case .array: return "một danh sách"
    case .object: return "một đối tượng"
    case .integer: return "một số nguyên"
    case .year: return "một năm"
    case .wholeNumberOfYears: return "một số năm nguyên"
    case .measure: return "phép đo"
    case .level: return "cấp"
    case .value: return "giá trị"
    case .criterion: return "tiêu chí"
    case .award: return "hình thức khen thưởng"
    case .deadline: return "mốc thời hạn"
    }
  }
}
